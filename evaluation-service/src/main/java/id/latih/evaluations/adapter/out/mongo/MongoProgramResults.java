package id.latih.evaluations.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.evaluations.application.ProgramResults;
import id.latih.evaluations.domain.MonetaryBenefits;
import id.latih.events.EvaluationCompleted;
import id.latih.platform.outbox.AggregateWrites;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Each write is one single-document operation; closing carries its event in the same write (the outbox). */
@Repository
class MongoProgramResults implements ProgramResults {

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoProgramResults(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @Override
    public Optional<MonetaryBenefits> benefitsOf(String programId) {
        return find(programId).flatMap(ProgramResultDocument::benefits);
    }

    @Override
    public Optional<Closure> closureOf(String programId) {
        return find(programId).flatMap(ProgramResultDocument::closure);
    }

    @Override
    public void enterBenefits(String programId, String organiserAgencyCode, MonetaryBenefits benefits) {
        mongo.upsert(query(where("_id").is(programId)), new Update().set("agencyCode", organiserAgencyCode)
                .set("monetaryBenefits", benefits.amount()).set("benefitsBasis", benefits.basis())
                .set("benefitsEnteredAt", benefits.enteredAt()), ProgramResultDocument.class);
    }

    @Override
    public boolean completeEvaluation(String programId, EvaluationCompleted completed, ClosedBy by) {
        mongo.upsert(query(where("_id").is(programId)), new Update().setOnInsert("agencyCode",
                completed.agencyCode()), ProgramResultDocument.class);
        return writes.update(query(where("_id").is(programId).and("evaluationCompletedAt").exists(false)),
                new Update().set("evaluationCompletedAt", completed.occurredAt()).set("verdict", completed.verdict())
                        .set("evaluationClosedBy", by.name()),
                ProgramResultDocument.class, List.of(completed));
    }

    private Optional<ProgramResultDocument> find(String programId) {
        return Optional.ofNullable(mongo.findById(programId, ProgramResultDocument.class));
    }
}
