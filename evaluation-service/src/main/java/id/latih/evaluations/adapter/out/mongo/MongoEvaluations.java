package id.latih.evaluations.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.evaluations.application.Evaluations;
import id.latih.evaluations.domain.BehaviourCheck;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoEvaluations implements Evaluations {

    /** When the sweep next acts on an unrated check; removed once it is rated or expired. */
    static final String NEXT_STEP = "nextBehaviourStepOn";
    /** How many of its steps (request, reminders) were announced. */
    static final String ANNOUNCED = "behaviourAnnounced";

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
        // The timed sweep's next request, reminder or expiry; only unrated checks carry the field.
        mongo.indexOps(EvaluationDocument.COLLECTION).createIndex(new Index().on(NEXT_STEP, Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC).sparse().named("behaviour_next_step"));
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
    public List<Evaluation> findVisibleTo(AgencyScope scope, Supervision supervision) {
        return mongo.find(query(ScopeCriteria.visibleTo(scope, "nip", supervision)), EvaluationDocument.class)
                .stream()
                .map(EvaluationDocument::toEvaluation).toList();
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

    @Override
    public List<BehaviourCheck> behaviourStepsDue(LocalDate today, int limit) {
        Query due = query(where(NEXT_STEP).lte(today).and("behaviour").exists(false))
                .with(Sort.by(NEXT_STEP, "_id")).limit(limit);
        return mongo.find(due, Document.class, EvaluationDocument.COLLECTION).stream()
                .map(d -> new BehaviourCheck(d.getString("_id"), d.getString("agencyCode"), d.getString("programId"),
                        d.getString("nip"), d.getString("competencyCode"), localDate(d.get("behaviourCheckDue")),
                        d.getInteger(ANNOUNCED, 0)))
                .toList();
    }

    @Override
    public boolean announceBehaviourStep(String evaluationId, int announced, LocalDate nextStepOn,
                                         List<? extends LatihEvent> events) {
        return writes.update(unratedWith(evaluationId, announced),
                new Update().set(ANNOUNCED, announced + 1).set(NEXT_STEP, nextStepOn), EvaluationDocument.class,
                events);
    }

    @Override
    public boolean rescheduleBehaviourStep(String evaluationId, int announced, LocalDate nextStepOn) {
        return writes.update(unratedWith(evaluationId, announced), new Update().set(NEXT_STEP, nextStepOn),
                EvaluationDocument.class, List.of());
    }

    @Override
    public boolean expireBehaviourCheck(String evaluationId, int announced, LocalDate expiredOn) {
        return writes.update(unratedWith(evaluationId, announced),
                new Update().unset(NEXT_STEP).set("behaviourCheckExpiredOn", expiredOn), EvaluationDocument.class,
                List.of());
    }

    /** The claim: the step counter still as the sweep read it, and no rating stored since. */
    private static Query unratedWith(String evaluationId, int announced) {
        return query(where("_id").is(evaluationId).and(ANNOUNCED).is(announced).and("behaviour").exists(false)
                .and(NEXT_STEP).exists(true));
    }

    /** A stored date read back as the mapping layer wrote it (raw documents skip the mapping). */
    private LocalDate localDate(Object stored) {
        return stored == null ? null : mongo.getConverter().getConversionService().convert(stored, LocalDate.class);
    }
}
