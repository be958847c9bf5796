package id.latih.enrollments.adapter.out.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The employee replica: only what enrollment needs to know. Supervisors find their staff by (agencyCode,
 * supervisorNip), so that pair is indexed ({@link MongoEmployeeDirectory}).
 */
@Document(EmployeeDocument.COLLECTION)
record EmployeeDocument(@Id String nip, String agencyCode, String name, String supervisorNip, String employmentType,
                        String jobType, String positionTitle) {

    static final String COLLECTION = "employees";
}
