package id.latih.needs.adapter.out.mongo;

import id.latih.needs.application.ImportReport;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The summary of one employee import; its agency's list reads (agencyCode, importedAt) newest first. */
@Document(EmployeeImportDocument.COLLECTION)
record EmployeeImportDocument(@Id String id, String agencyCode, String fileName, String format, boolean acceptValid,
                              ImportReport.Status status, long rows, long rejected, long created, long updated,
                              long unchanged, long transfersRequested, Instant importedAt, String importedBy) {

    static final String COLLECTION = "employee_imports";

    static EmployeeImportDocument of(ImportReport r) {
        return new EmployeeImportDocument(r.id(), r.agencyCode(), r.fileName(), r.format(), r.acceptValid(),
                r.status(), r.rows(), r.rejected(), r.created(), r.updated(), r.unchanged(), r.transfersRequested(),
                r.importedAt(), r.importedBy());
    }

    ImportReport toReport() {
        return new ImportReport(id, agencyCode, fileName, format, acceptValid, status, rows, rejected, created,
                updated, unchanged, transfersRequested, importedAt, importedBy);
    }
}
