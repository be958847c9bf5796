package id.latih.enrollments.adapter.out.mongo;

import id.latih.enrollments.application.EmployeeDirectory;
import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.platform.messaging.AppliedEvents;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoEmployeeDirectory implements EmployeeDirectory {

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    MongoEmployeeDirectory(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
    }

    @Override
    public Optional<KnownEmployee> find(String nip) {
        return Optional.ofNullable(mongo.findById(nip, EmployeeDocument.class))
                .map(d -> new KnownEmployee(d.nip(), d.agencyCode(), d.name()));
    }

    @Override
    public void registered(EmployeeRegistered e) {
        record(e.nip(), e.eventId(), e.agencyCode(), e.name());
    }

    @Override
    public void updated(EmployeeUpdated e) {
        record(e.nip(), e.eventId(), e.agencyCode(), e.name());
    }

    private void record(String nip, UUID eventId, String agencyCode, String name) {
        applied.applyOnce(EmployeeDocument.COLLECTION, nip, eventId,
                new Update().set("agencyCode", agencyCode).set("name", name));
    }
}
