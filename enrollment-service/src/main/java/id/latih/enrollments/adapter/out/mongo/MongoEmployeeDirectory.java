package id.latih.enrollments.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.enrollments.application.EmployeeDirectory;
import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.platform.messaging.AppliedEvents;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoEmployeeDirectory implements EmployeeDirectory {

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    MongoEmployeeDirectory(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
        mongo.indexOps(EmployeeDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("supervisorNip", Sort.Direction.ASC).named("staff"));
    }

    @Override
    public Optional<KnownEmployee> find(String nip) {
        return Optional.ofNullable(mongo.findById(nip, EmployeeDocument.class))
                .map(d -> new KnownEmployee(d.nip(), d.agencyCode(), d.name(), d.supervisorNip()));
    }

    @Override
    public Set<String> staffOf(String agencyCode, String supervisorNip) {
        return mongo.find(query(where("agencyCode").is(agencyCode).and("supervisorNip").is(supervisorNip)),
                EmployeeDocument.class).stream().map(EmployeeDocument::nip).collect(Collectors.toSet());
    }

    @Override
    public void registered(EmployeeRegistered e) {
        record(e.nip(), e.eventId(), e.agencyCode(), e.name(), e.supervisorNip());
    }

    @Override
    public void updated(EmployeeUpdated e) {
        record(e.nip(), e.eventId(), e.agencyCode(), e.name(), e.supervisorNip());
    }

    private void record(String nip, UUID eventId, String agencyCode, String name, String supervisorNip) {
        applied.applyOnce(EmployeeDocument.COLLECTION, nip, eventId,
                new Update().set("agencyCode", agencyCode).set("name", name).set("supervisorNip", supervisorNip));
    }
}
