package id.latih.evaluations.adapter.out.mongo;

import id.latih.evaluations.application.Supervisors;
import id.latih.platform.security.SupervisionReplica;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Reads the chassis's supervision replica (one document per employee, keyed by NIP) the other way round. */
@Repository
class MongoSupervisors implements Supervisors {

    private final MongoTemplate mongo;

    MongoSupervisors(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> supervisorOf(String agencyCode, String nip) {
        return Optional.ofNullable(mongo.findById(nip, Document.class, SupervisionReplica.COLLECTION))
                .filter(d -> agencyCode.equals(d.getString("agencyCode")))
                .map(d -> d.getString("supervisorNip"));
    }
}
