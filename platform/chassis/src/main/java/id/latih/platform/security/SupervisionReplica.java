package id.latih.platform.security;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.platform.messaging.AppliedEvents;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Who supervises whom, for a service that keeps no employee records of its own: a replica of each employee's agency
 * and supervisor, fed by needs-service's EmployeeRegistered and EmployeeUpdated (each applied once), in the
 * collection {@value #COLLECTION}. A service that follows those events declares it as a bean and hands them to it.
 */
public class SupervisionReplica implements Supervision {

    public static final String COLLECTION = "supervision";

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    public SupervisionReplica(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("supervisorNip", Sort.Direction.ASC).named("staff"));
    }

    public void employeeRegistered(EmployeeRegistered e) {
        record(e.nip(), e.eventId(), e.agencyCode(), e.supervisorNip());
    }

    public void employeeUpdated(EmployeeUpdated e) {
        record(e.nip(), e.eventId(), e.agencyCode(), e.supervisorNip());
    }

    @Override
    public Set<String> staffOf(String agencyCode, String supervisorNip) {
        Query staff = query(where("agencyCode").is(agencyCode).and("supervisorNip").is(supervisorNip));
        staff.fields().include("_id");
        return mongo.find(staff, Document.class, COLLECTION).stream().map(d -> d.getString("_id"))
                .collect(Collectors.toSet());
    }

    private void record(String nip, UUID eventId, String agencyCode, String supervisorNip) {
        applied.applyOnce(COLLECTION, nip, eventId,
                new Update().set("agencyCode", agencyCode).set("supervisorNip", supervisorNip));
    }
}
