package id.latih.needs.application;

import java.time.Instant;

/**
 * The outcome of one employee file: {@code APPLIED} (every valid row written, the rejected ones listed), or
 * {@code NOT_APPLIED} (rows were rejected and the caller did not ask to accept the valid ones: nothing changed).
 * The row-by-row lines are kept apart ({@link ImportReportLine}) so a report of 200,000 rows is read page by page.
 */
public record ImportReport(String id, String agencyCode, String fileName, String format, boolean acceptValid,
                           Status status, long rows, long rejected, long created, long updated, long unchanged,
                           long transfersRequested, Instant importedAt, String importedBy) {

    public enum Status {
        APPLIED,
        NOT_APPLIED
    }
}
