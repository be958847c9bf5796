package id.latih.needs.adapter.out.mongo;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.Nip;
import id.latih.platform.outbox.PendingEvent;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An employee as stored: the aggregate, plus the events it has caused that are not yet published. Supervisors find
 * their staff by (agencyCode, supervisorNip), so that pair is indexed ({@link MongoEmployeeStore}).
 */
@Document(EmployeeDocument.COLLECTION)
record EmployeeDocument(@Id String nip, String agencyCode, String name, EmploymentType employmentType,
                        JobType jobType, String positionTitle, String supervisorNip, List<Assessment> assessments,
                        long version,
                        List<PendingEvent> pendingEvents) {

    static final String COLLECTION = "employees";

    static EmployeeDocument of(Employee e, List<PendingEvent> pending) {
        return new EmployeeDocument(e.nip().value(), e.agencyCode(), e.name(), e.employmentType(), e.jobType(),
                e.positionTitle(), e.supervisorNip() == null ? null : e.supervisorNip().value(), e.assessments(),
                e.version(), pending);
    }

    Employee toEmployee() {
        return new Employee(new Nip(nip), agencyCode, name, employmentType, jobType, positionTitle,
                supervisorNip == null ? null : new Nip(supervisorNip), assessments == null ? List.of() : assessments,
                version);
    }
}
