package id.latih.enrollments.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.enrollments.application.Enrollments;
import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.events.LatihEvent;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.PendingEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import id.latih.platform.security.Supervision;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoEnrollments implements Enrollments {

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoEnrollments(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @Override
    public boolean add(Enrollment enrollment, LatihEvent confirmed) {
        return writes.insertNew(EnrollmentDocument.of(enrollment, PendingEvent.allOf(confirmed)));
    }

    @Override
    public Optional<Enrollment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EnrollmentDocument.class))
                .map(EnrollmentDocument::toEnrollment);
    }

    @Override
    public boolean addAttendance(String id, Attendance attendance, LatihEvent recorded) {
        return writes.update(query(where("_id").is(id).and("status").is(EnrollmentStatus.CONFIRMED)
                        .and("attendance.sessionDate").ne(attendance.sessionDate())),
                new Update().push("attendance", attendance), EnrollmentDocument.class, List.of(recorded));
    }

    @Override
    public boolean finish(String id, EnrollmentStatus status, LatihEvent outcome) {
        return writes.update(query(where("_id").is(id).and("status").is(EnrollmentStatus.CONFIRMED)),
                new Update().set("status", status), EnrollmentDocument.class, List.of(outcome));
    }

    @Override
    public List<Enrollment> findVisibleTo(AgencyScope scope, Supervision supervision) {
        return mongo.find(query(ScopeCriteria.visibleTo(scope, "nip", supervision)), EnrollmentDocument.class)
                .stream()
                .map(EnrollmentDocument::toEnrollment).toList();
    }
}
