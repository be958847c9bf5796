package id.latih.needs.adapter.in.web;

import id.latih.needs.application.ImportReport;
import id.latih.needs.application.ImportReportLine;
import java.time.Instant;

/** An import's summary; its rows are read page by page at {@code /api/employee-imports/{id}/rows}. */
record ImportReportView(String id, String fileName, String format, boolean acceptValid, String status, long rows,
                        long rejected, long created, long updated, long unchanged, long transfersRequested,
                        Instant importedAt, String importedBy) {

    static ImportReportView of(ImportReport r) {
        return new ImportReportView(r.id(), r.fileName(), r.format(), r.acceptValid(), r.status().name(), r.rows(),
                r.rejected(), r.created(), r.updated(), r.unchanged(), r.transfersRequested(), r.importedAt(),
                r.importedBy());
    }

    /** One row: outcome, NIP as written; for a rejected row the column, the reason and the (neutralised) cell. */
    record LineView(long row, String outcome, String nip, String field, String reason, String value) {

        static LineView of(ImportReportLine l) {
            return new LineView(l.row(), l.outcome().name(), l.nip(), l.field(), l.reason(), l.value());
        }
    }
}
