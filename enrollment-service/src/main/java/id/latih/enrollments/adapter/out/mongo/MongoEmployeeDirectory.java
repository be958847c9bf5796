package id.latih.enrollments.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.enrollments.application.EmployeeDirectory;
import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.platform.messaging.ReplicaWrites;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoEmployeeDirectory implements EmployeeDirectory {

    private final MongoTemplate mongo;
    private final ReplicaWrites replicas;

    MongoEmployeeDirectory(MongoTemplate mongo, ReplicaWrites replicas) {
        this.mongo = mongo;
        this.replicas = replicas;
        mongo.indexOps(EmployeeDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("supervisorNip", Sort.Direction.ASC).named("staff"));
    }

    @Override
    public Optional<KnownEmployee> find(String nip) {
        return Optional.ofNullable(mongo.findById(nip, EmployeeDocument.class))
                .map(MongoEmployeeDirectory::known);
    }

    @Override
    public List<KnownEmployee> inAgency(String agencyCode) {
        return mongo.find(query(where("agencyCode").is(agencyCode)).with(Sort.by("_id")), EmployeeDocument.class)
                .stream().map(MongoEmployeeDirectory::known).toList();
    }

    private static KnownEmployee known(EmployeeDocument d) {
        return new KnownEmployee(d.nip(), d.agencyCode(), d.name(), d.supervisorNip(), d.employmentType(),
                d.jobType(), d.positionTitle());
    }

    @Override
    public Set<String> staffOf(String agencyCode, String supervisorNip) {
        return mongo.find(query(where("agencyCode").is(agencyCode).and("supervisorNip").is(supervisorNip)),
                EmployeeDocument.class).stream().map(EmployeeDocument::nip).collect(Collectors.toSet());
    }

    @Override
    public void registered(EmployeeRegistered e) {
        replicas.create(EmployeeDocument.COLLECTION, e.nip(), e.version(),
                profile(e.agencyCode(), e.name(), e.supervisorNip())
                        .set("employmentType", e.employmentType()).set("jobType", e.jobType())
                        .set("positionTitle", e.positionTitle()));
    }

    @Override
    public void updated(EmployeeUpdated e) {
        replicas.change(EmployeeDocument.COLLECTION, e.nip(), e.version(),
                profile(e.agencyCode(), e.name(), e.supervisorNip())
                        .set("employmentType", e.employmentType()).set("jobType", e.jobType())
                        .set("positionTitle", e.positionTitle()));
    }

    private static Update profile(String agencyCode, String name, String supervisorNip) {
        return new Update().set("agencyCode", agencyCode).set("name", name).set("supervisorNip", supervisorNip);
    }
}
