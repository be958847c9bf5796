package id.latih.needs.adapter.out.mongo;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.Nip;
import id.latih.needs.domain.PerformanceRating;
import id.latih.needs.domain.Transfer;
import id.latih.needs.domain.WorkUnit;
import id.latih.platform.outbox.PendingEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An employee as stored: the aggregate, plus the events it has caused that are not yet published. Supervisors find
 * their staff by (agencyCode, supervisorNip), so that pair is indexed ({@link MongoEmployeeStore}). An open transfer
 * (mutasi) and the decided ones live here too, so they move with the person.
 */
@Document(EmployeeDocument.COLLECTION)
record EmployeeDocument(@Id String nip, String agencyCode, String name, EmploymentType employmentType,
                        JobType jobType, String positionTitle, String supervisorNip, List<Assessment> assessments,
                        long version, Map<String, PerformanceRating> performanceRatings,
                        List<PendingEvent> pendingEvents, TransferDocument transferRequest,
                        List<Transfer.Decision> transfers, WorkUnit unit) {

    static final String COLLECTION = "employees";

    static EmployeeDocument of(Employee e, List<PendingEvent> pending) {
        return new EmployeeDocument(e.nip().value(), e.agencyCode(), e.name(), e.employmentType(), e.jobType(),
                e.positionTitle(), e.supervisorNip() == null ? null : e.supervisorNip().value(), e.assessments(),
                e.version(), ratingsByYearText(e.performanceRatings()), pending, null, List.of(), e.unit());
    }

    Employee toEmployee() {
        return new Employee(new Nip(nip), agencyCode, name, employmentType, jobType, positionTitle,
                supervisorNip == null ? null : new Nip(supervisorNip), assessments == null ? List.of() : assessments,
                version, ratingsByYear(), unit);
    }

    /** Document keys are text: ratings are kept under their year, e.g. {@code performanceRatings.2025}. */
    private static Map<String, PerformanceRating> ratingsByYearText(Map<Integer, PerformanceRating> ratings) {
        Map<String, PerformanceRating> byText = new HashMap<>();
        ratings.forEach((year, rating) -> byText.put(String.valueOf(year), rating));
        return byText;
    }

    private Map<Integer, PerformanceRating> ratingsByYear() {
        Map<Integer, PerformanceRating> byYear = new HashMap<>();
        if (performanceRatings != null) {
            performanceRatings.forEach((year, rating) -> byYear.put(Integer.valueOf(year), rating));
        }
        return byYear;
    }
}
