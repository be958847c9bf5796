package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.JpQueries;
import id.latih.platform.security.AgencyScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JP ledger of an employee and the compliance of an agency with the yearly JP duty. */
@RestController
class JpController {

    private final JpQueries queries;

    JpController(JpQueries queries) {
        this.queries = queries;
    }

    /** The year's completed programs of one employee (default: this year), the JP credited and the shortfall. */
    @GetMapping("/api/jp-ledgers/{nip}")
    JpLedgerView ledger(AgencyScope caller, @PathVariable String nip,
                        @RequestParam(required = false) Integer year) {
        return JpLedgerView.of(queries.ledger(caller, Requests.nip(nip), year));
    }

    /**
     * The employees of an agency (default: the caller's) below the year's target, largest gap first, each with up to
     * three of the year's remaining offerings whose JP would close it.
     */
    @GetMapping("/api/jp-compliance")
    ComplianceView compliance(AgencyScope caller, @RequestParam(required = false) String agency,
                              @RequestParam(required = false) Integer year,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        return ComplianceView.of(queries.compliance(caller, Requests.agency(agency), year, page, size));
    }
}
