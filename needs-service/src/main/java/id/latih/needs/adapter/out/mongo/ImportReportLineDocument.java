package id.latih.needs.adapter.out.mongo;

import id.latih.needs.application.ImportReportLine;
import org.springframework.data.mongodb.core.mapping.Document;

/** One row of an import's report; read by (importId, row) and by (importId, outcome, row). */
@Document(ImportReportLineDocument.COLLECTION)
record ImportReportLineDocument(String importId, long row, ImportReportLine.Outcome outcome, String nip,
                                String field, String reason, String value) {

    static final String COLLECTION = "employee_import_rows";

    static ImportReportLineDocument of(ImportReportLine l) {
        return new ImportReportLineDocument(l.importId(), l.row(), l.outcome(), l.nip(), l.field(), l.reason(),
                l.value());
    }

    ImportReportLine toLine() {
        return new ImportReportLine(importId, row, outcome, nip, field, reason, value);
    }
}
