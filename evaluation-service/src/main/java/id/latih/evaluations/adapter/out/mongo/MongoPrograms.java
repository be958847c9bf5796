package id.latih.evaluations.adapter.out.mongo;

import id.latih.evaluations.application.Programs;
import id.latih.evaluations.domain.Program;
import id.latih.platform.messaging.ReplicaWrites;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoPrograms implements Programs {

    private final MongoTemplate mongo;
    private final ReplicaWrites replicas;

    MongoPrograms(MongoTemplate mongo, ReplicaWrites replicas) {
        this.mongo = mongo;
        this.replicas = replicas;
    }

    @Override
    public Optional<Program> find(String programId) {
        return Optional.ofNullable(mongo.findById(programId, ProgramDocument.class)).map(ProgramDocument::toProgram);
    }

    @Override
    public void published(Program p, long version) {
        replicas.create(ProgramDocument.COLLECTION, p.programId(), version, new Update()
                .set("agencyCode", p.agencyCode()).set("title", p.title()).set("competencyCode", p.competencyCode()));
    }

    @Override
    public void revised(String programId, String title, long version) {
        replicas.change(ProgramDocument.COLLECTION, programId, version, new Update().set("title", title));
    }
}
