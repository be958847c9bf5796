package id.latih.needs.application;

import java.util.List;
import java.util.Optional;

/** Where import reports live: one summary per file and its row-by-row lines. */
public interface EmployeeImports {

    void save(ImportReport report);

    /** Adds a batch of report lines (the import writes them in bounded batches as it goes). */
    void addLines(List<ImportReportLine> lines);

    /** Removes the lines of an import that was refused as a whole, so no report is left half written. */
    void discardLines(String importId);

    Optional<ImportReport> find(String importId);

    /** The lines of an import by row number, optionally only those of one outcome. */
    ResultPage<ImportReportLine> lines(String importId, ImportReportLine.Outcome outcome, int page, int size);

    /** The imports of an agency, newest first. */
    ResultPage<ImportReport> ofAgency(String agencyCode, int page, int size);
}
