package id.latih.enrollments.adapter.out.mongo;

import id.latih.enrollments.application.EmployeeDirectory;
import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.platform.messaging.ReplicaWrites;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoEmployeeDirectory implements EmployeeDirectory {

    private final MongoTemplate mongo;
    private final ReplicaWrites replicas;

    MongoEmployeeDirectory(MongoTemplate mongo, ReplicaWrites replicas) {
        this.mongo = mongo;
        this.replicas = replicas;
    }

    @Override
    public Optional<KnownEmployee> find(String nip) {
        return Optional.ofNullable(mongo.findById(nip, EmployeeDocument.class))
                .map(d -> new KnownEmployee(d.nip(), d.agencyCode(), d.name()));
    }

    @Override
    public void registered(EmployeeRegistered e) {
        replicas.create(EmployeeDocument.COLLECTION, e.nip(), e.version(), profile(e.agencyCode(), e.name()));
    }

    @Override
    public void updated(EmployeeUpdated e) {
        replicas.change(EmployeeDocument.COLLECTION, e.nip(), e.version(), profile(e.agencyCode(), e.name()));
    }

    private static Update profile(String agencyCode, String name) {
        return new Update().set("agencyCode", agencyCode).set("name", name);
    }
}
