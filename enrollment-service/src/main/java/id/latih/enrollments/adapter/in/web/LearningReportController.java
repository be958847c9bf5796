package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.ReportLearning;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Learning done outside Latih, reported by the employee and decided by their supervisor. */
@RestController
class LearningReportController {

    private final ReportLearning reportLearning;

    LearningReportController(ReportLearning reportLearning) {
        this.reportLearning = reportLearning;
    }

    /** The employee reports their own learning with its evidence: 201, PENDING_APPROVAL. */
    @PostMapping("/api/jp-ledgers/{nip}/learning")
    @ResponseStatus(HttpStatus.CREATED)
    LearningReportView report(AgencyScope caller, @PathVariable String nip,
                              @Valid @RequestBody Requests.ReportLearning body) {
        return LearningReportView.of(reportLearning.report(caller, Requests.nip(nip), body.kind(), body.title(),
                body.provider(), body.completedOn(), body.jp(), body.evidenceUrl(), body.evidenceNumber()));
    }

    /** The employee's reports, latest first, at most 200. */
    @GetMapping("/api/jp-ledgers/{nip}/learning")
    List<LearningReportView> reports(AgencyScope caller, @PathVariable String nip) {
        return reportLearning.of(caller, Requests.nip(nip)).stream().map(LearningReportView::of).toList();
    }

    /** Their supervisor approves: the JP count in the ledger from now on. */
    @PostMapping("/api/jp-ledgers/{nip}/learning/{id}/approval")
    LearningReportView approve(AgencyScope caller, @PathVariable String nip, @PathVariable String id) {
        return LearningReportView.of(reportLearning.approve(caller, Requests.nip(nip), Requests.id("id", id)));
    }

    /** Their supervisor rejects, saying why. */
    @PostMapping("/api/jp-ledgers/{nip}/learning/{id}/rejection")
    LearningReportView reject(AgencyScope caller, @PathVariable String nip, @PathVariable String id,
                              @Valid @RequestBody Requests.Reject body) {
        return LearningReportView.of(reportLearning.reject(caller, Requests.nip(nip), Requests.id("id", id),
                body.reason()));
    }
}
