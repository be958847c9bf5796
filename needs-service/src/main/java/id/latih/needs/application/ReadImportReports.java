package id.latih.needs.application;

import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import org.springframework.stereotype.Service;

/**
 * The import reports of the caller's own agency, for the admin or system that imports. A report echoes the uploaded
 * cells (names, NIPs, whatever a broken row held), so oversight roles do not read it and another agency's report is
 * simply not found.
 */
@Service
public class ReadImportReports {

    private final EmployeeImports imports;

    public ReadImportReports(EmployeeImports imports) {
        this.imports = imports;
    }

    public ImportReport find(AgencyScope caller, String importId) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        return imports.find(importId).filter(r -> r.agencyCode().equals(caller.owningAgency()))
                .orElseThrow(() -> new NotFoundException("Employee import", importId));
    }

    public ResultPage<ImportReportLine> lines(AgencyScope caller, String importId, ImportReportLine.Outcome outcome,
                                              int page, int size) {
        find(caller, importId);
        return imports.lines(importId, outcome, page, size);
    }

    public ResultPage<ImportReport> list(AgencyScope caller, int page, int size) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        return imports.ofAgency(caller.owningAgency(), page, size);
    }
}
