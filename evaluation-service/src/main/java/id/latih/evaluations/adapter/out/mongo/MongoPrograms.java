package id.latih.evaluations.adapter.out.mongo;

import id.latih.evaluations.application.Programs;
import id.latih.evaluations.domain.Program;
import id.latih.platform.messaging.ReplicaWrites;
import java.util.Optional;
import org.bson.Document;
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
        replicas.create(ProgramDocument.COLLECTION, p.programId(), version, fields(p));
    }

    @Override
    public void revised(Program p, long version) {
        replicas.change(ProgramDocument.COLLECTION, p.programId(), version, fields(p));
    }

    private Update fields(Program p) {
        Update update = new Update().set("agencyCode", p.agencyCode()).set("title", p.title())
                .set("competencyCode", p.competencyCode()).set("behaviourFollowUpDays", p.behaviourFollowUpDays())
                .set("fixedCosts", p.costs().fixedCosts()).set("costPerParticipant", p.costs().costPerParticipant())
                .set("startDate", p.startDate()).set("endDate", p.endDate());
        return update.set("targets", p.targets().stream()
                .map(t -> new Document("competencyCode", t.competencyCode()).append("level", t.level())).toList());
    }
}
