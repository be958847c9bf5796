package id.latih.enrollments.adapter.out.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The employee replica: only what enrollment needs to know. */
@Document(EmployeeDocument.COLLECTION)
record EmployeeDocument(@Id String nip, String agencyCode, String name) {

    static final String COLLECTION = "employees";
}
