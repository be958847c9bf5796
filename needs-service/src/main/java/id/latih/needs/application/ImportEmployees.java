package id.latih.needs.application;

import id.latih.needs.application.ImportReportLine.Outcome;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.util.BitSet;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * An agency's admin or system uploads its staff as a CSV or .xlsx file. The file is read twice, as a stream: first
 * every row is checked (columns, NIP, types, text, duplicates in the file, a NIP another agency holds); if any row is
 * rejected and the caller did not ask {@code acceptValid}, nothing changes. Otherwise each valid row registers or
 * updates one employee, each with its event in the same single-document write, and a row that matches the profile as
 * kept writes and announces nothing, so importing the same file again changes nothing. A NIP another agency holds
 * requests a transfer (mutasi) to the importing agency, as a registration does. Every row gets a report line.
 */
@Service
public class ImportEmployees {

    private final EmployeeStore employees;
    private final EmployeeImports imports;
    private final ImportProperties limits;
    private final Clock clock;

    public ImportEmployees(EmployeeStore employees, EmployeeImports imports, ImportProperties limits, Clock clock) {
        this.employees = employees;
        this.imports = imports;
        this.limits = limits;
        this.clock = clock;
    }

    /** Refuses a caller who may not import before the upload is even spooled. */
    public void requireImporter(AgencyScope caller) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
    }

    public ImportReport importFile(AgencyScope caller, ImportFile file, String fileName, boolean acceptValid) {
        requireImporter(caller);
        String id = UUID.randomUUID().toString();
        BitSet rejectedRows = new BitSet();
        try {
            ImportPass checks = new ImportPass(id, caller, employees, imports, limits, clock, false, rejectedRows);
            file.read(checks::row);
            checks.finish();
            if (checks.dataRows() == 0) {
                throw new InvalidValueException("file", "has no data rows (the first row with content is the header)");
            }
            ImportPass.Counts counts = checks.counts();
            if (counts.rejected() > 0 && !acceptValid) {
                return saved(id, caller, fileName, file, acceptValid, ImportReport.Status.NOT_APPLIED, counts);
            }
            ImportPass writes = new ImportPass(id, caller, employees, imports, limits, clock, true, rejectedRows);
            file.read(writes::row);
            writes.finish();
            return saved(id, caller, fileName, file, acceptValid, ImportReport.Status.APPLIED,
                    writes.counts().plusRejected(counts.rejected()));
        } catch (RuntimeException refused) {
            imports.discardLines(id);
            throw refused;
        }
    }

    /** The lines of the rejected rows a refused import's problem lists (the report holds them all). */
    public java.util.List<ImportReportLine> firstRejected(ImportReport report) {
        return imports.lines(report.id(), Outcome.REJECTED, 0, limits.problemRows()).items();
    }

    private ImportReport saved(String id, AgencyScope caller, String fileName, ImportFile file, boolean acceptValid,
                               ImportReport.Status status, ImportPass.Counts counts) {
        ImportReport report = new ImportReport(id, caller.owningAgency(), ReportText.neutralised(fileName),
                file.format(), acceptValid, status, counts.rows(), counts.rejected(), counts.of(Outcome.CREATED),
                counts.of(Outcome.UPDATED), counts.of(Outcome.UNCHANGED), counts.of(Outcome.TRANSFER_REQUESTED),
                clock.instant(), caller.subject());
        imports.save(report);
        return report;
    }
}
