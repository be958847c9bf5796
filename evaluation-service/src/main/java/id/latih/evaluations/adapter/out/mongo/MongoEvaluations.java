package id.latih.evaluations.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.evaluations.application.EvaluationOrder;
import id.latih.evaluations.application.EvaluationPage;
import id.latih.evaluations.application.Evaluations;
import id.latih.evaluations.domain.BehaviourRating;
import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.LearningScores;
import id.latih.evaluations.domain.Reaction;
import id.latih.evaluations.domain.TrainingOutcome;
import id.latih.events.LatihEvent;
import id.latih.platform.messaging.AppliedEvents;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import id.latih.platform.security.Supervision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoEvaluations implements Evaluations {

    static final String NEXT_STEP = MongoPendingBehaviourChecks.NEXT_STEP;
    static final String ANNOUNCED = MongoPendingBehaviourChecks.ANNOUNCED;

    private final MongoTemplate mongo;
    private final AppliedEvents applied;
    private final AggregateWrites writes;

    MongoEvaluations(MongoTemplate mongo, AppliedEvents applied, AggregateWrites writes) {
        this.mongo = mongo;
        this.applied = applied;
        this.writes = writes;
        // A program's files are read together (score sheets, the report), and one participant's file by NIP.
        mongo.indexOps(EvaluationDocument.COLLECTION).createIndex(new Index().on("programId", Sort.Direction.ASC)
                .on("nip", Sort.Direction.ASC).named("program_nip"));
        // A supervisor's or agency's open on-the-job checks, earliest due first.
        mongo.indexOps(EvaluationDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("behaviourCheckDue", Sort.Direction.ASC).on("nip", Sort.Direction.ASC).named("agency_check_due"));
        // The lists: every one starts with the caller's agency (or region/province prefix), then its order.
        mongo.indexOps(EvaluationDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("completedOn", Sort.Direction.DESC).on("_id", Sort.Direction.ASC).named("agency_latest"));
        mongo.indexOps(EvaluationDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("programId", Sort.Direction.ASC).on("nip", Sort.Direction.ASC).named("agency_program_nip"));
        mongo.indexOps(EvaluationDocument.COLLECTION).createIndex(new Index().on("agencyCode", Sort.Direction.ASC)
                .on("nip", Sort.Direction.ASC).on("completedOn", Sort.Direction.DESC).named("agency_nip_latest"));
    }

    @Override
    public void open(Evaluation e, UUID causedBy) {
        Update open = new Update();
        if (e.outcome() == TrainingOutcome.COMPLETED && e.behaviourCheckDue() != null) {
            open.setOnInsert(NEXT_STEP, e.behaviourCheckDue()).setOnInsert(ANNOUNCED, 0);
        }
        applied.applyOnce(EvaluationDocument.COLLECTION, e.id(), causedBy, open
                .setOnInsert("agencyCode", e.agencyCode()).setOnInsert("enrollmentId", e.enrollmentId())
                .setOnInsert("programId", e.programId()).setOnInsert("nip", e.nip())
                .setOnInsert("competencyCode", e.competencyCode()).setOnInsert("jpEarned", e.jpEarned())
                .setOnInsert("completedOn", e.completedOn()).setOnInsert("behaviourCheckDue", e.behaviourCheckDue())
                .setOnInsert("status", e.status().name()).setOnInsert("outcome", e.outcome().name())
                .setOnInsert("followUpRecommended", false));
    }

    @Override
    public Optional<Evaluation> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EvaluationDocument.class))
                .map(EvaluationDocument::toEvaluation);
    }

    @Override
    public EvaluationPage findVisibleTo(AgencyScope scope, Supervision supervision, String programId, String nip,
                                        EvaluationOrder order, int page, int size) {
        List<Criteria> all = new ArrayList<>(List.of(ScopeCriteria.visibleTo(scope, "nip", supervision)));
        if (programId != null) {
            all.add(where("programId").is(programId));
        }
        if (nip != null) {
            // A separate clause: the visibility criteria may already constrain "nip" (own files, a supervisor's staff).
            all.add(where("nip").is(nip));
        }
        Query visible = query(new Criteria().andOperator(all));
        long total = mongo.count(visible, EvaluationDocument.class);
        visible.with(sortOf(order)).skip((long) page * size).limit(size);
        return new EvaluationPage(mongo.find(visible, EvaluationDocument.class).stream()
                .map(EvaluationDocument::toEvaluation).toList(), page, size, total);
    }

    private static Sort sortOf(EvaluationOrder order) {
        Sort byId = Sort.by(Sort.Direction.ASC, "_id");
        return switch (order) {
            case LATEST_COMPLETION_FIRST -> Sort.by(Sort.Direction.DESC, "completedOn").and(byId);
            case BY_PROGRAM -> Sort.by(Sort.Direction.ASC, "programId", "nip").and(byId);
            case BY_EMPLOYEE -> Sort.by(Sort.Direction.ASC, "nip").and(Sort.by(Sort.Direction.DESC, "completedOn"))
                    .and(byId);
        };
    }

    @Override
    public List<Evaluation> findInProgram(String programId) {
        return mongo.find(query(where("programId").is(programId)).with(Sort.by("nip")), EvaluationDocument.class)
                .stream().map(EvaluationDocument::toEvaluation).toList();
    }

    @Override
    public List<Evaluation> findBehaviourChecksOpen(AgencyScope scope, Supervision supervision, LocalDate today,
                                                    int expiryDays, int page, int size) {
        Criteria due = where("behaviourCheckDue").lte(today).gte(today.minusDays(expiryDays))
                .and("behaviour").exists(false).and("outcome").ne(TrainingOutcome.NOT_COMPLETED.name());
        if (scope.nip() != null) {
            // A separate clause: the visibility criteria may already constrain "nip" (a supervisor's staff).
            due.and("nip").ne(scope.nip());
        }
        Query open = query(new Criteria().andOperator(ScopeCriteria.visibleTo(scope, "nip", supervision), due));
        open.with(Sort.by("behaviourCheckDue", "_id")).skip((long) page * size).limit(size);
        return mongo.find(open, EvaluationDocument.class).stream().map(EvaluationDocument::toEvaluation).toList();
    }

    @Override
    public boolean recordBehaviour(String evaluationId, BehaviourRating rating, List<? extends LatihEvent> events) {
        return writes.update(query(where("_id").is(evaluationId).and("behaviour").exists(false)),
                new Update().set("behaviour", rating).unset(NEXT_STEP), EvaluationDocument.class, events);
    }

    @Override
    public boolean recordReaction(String evaluationId, Reaction reaction) {
        return writes.update(query(where("_id").is(evaluationId).and("reaction").exists(false)),
                new Update().set("reaction", reaction), EvaluationDocument.class, List.of());
    }

    @Override
    public boolean recordLearning(String evaluationId, LearningScores scores, List<? extends LatihEvent> events) {
        Query guard = query(where("_id").is(evaluationId));
        Update change = new Update().set("preTest", scores.preTest()).set("postTest", scores.postTest());
        if (!events.isEmpty()) {
            guard.addCriteria(where("followUpRecommended").ne(true));
            change.set("followUpRecommended", true);
        }
        return writes.update(guard, change, EvaluationDocument.class, events)
                || events.isEmpty() && mongo.exists(query(where("_id").is(evaluationId)), EvaluationDocument.class);
    }
}
