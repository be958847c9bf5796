package id.latih.evaluations.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.evaluations.application.Evaluations;
import id.latih.evaluations.domain.Evaluation;
import id.latih.platform.messaging.AppliedEvents;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import id.latih.platform.security.Supervision;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoEvaluations implements Evaluations {

    private final MongoTemplate mongo;
    private final AppliedEvents applied;

    MongoEvaluations(MongoTemplate mongo, AppliedEvents applied) {
        this.mongo = mongo;
        this.applied = applied;
    }

    @Override
    public void open(Evaluation e, UUID causedBy) {
        applied.applyOnce(EvaluationDocument.COLLECTION, e.id(), causedBy, new Update()
                .setOnInsert("agencyCode", e.agencyCode()).setOnInsert("enrollmentId", e.enrollmentId())
                .setOnInsert("programId", e.programId()).setOnInsert("nip", e.nip())
                .setOnInsert("competencyCode", e.competencyCode()).setOnInsert("jpEarned", e.jpEarned())
                .setOnInsert("completedOn", e.completedOn()).setOnInsert("behaviourCheckDue", e.behaviourCheckDue())
                .setOnInsert("status", e.status().name()));
    }

    @Override
    public Optional<Evaluation> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EvaluationDocument.class))
                .map(EvaluationDocument::toEvaluation);
    }

    @Override
    public List<Evaluation> findVisibleTo(AgencyScope scope, Supervision supervision) {
        return mongo.find(query(ScopeCriteria.visibleTo(scope, "nip", supervision)), EvaluationDocument.class)
                .stream()
                .map(EvaluationDocument::toEvaluation).toList();
    }
}
