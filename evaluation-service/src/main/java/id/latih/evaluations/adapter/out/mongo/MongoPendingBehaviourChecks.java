package id.latih.evaluations.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.evaluations.application.PendingBehaviourChecks;
import id.latih.evaluations.domain.BehaviourCheck;
import id.latih.events.LatihEvent;
import id.latih.platform.outbox.AggregateWrites;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The sweep's state lives on each evaluation file: how many steps were announced and when the next falls. Files
 * opened before the sweep existed carry neither and are not announced (their supervisors see them in the to-do list).
 */
@Repository
class MongoPendingBehaviourChecks implements PendingBehaviourChecks {

    /** When the sweep next acts on an unrated check; removed once it is rated or expired. */
    static final String NEXT_STEP = "nextBehaviourStepOn";
    /** How many of its steps (request, reminders) were announced. */
    static final String ANNOUNCED = "behaviourAnnounced";

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoPendingBehaviourChecks(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        // The timed sweep's next request, reminder or expiry; only unrated checks carry the field.
        mongo.indexOps(EvaluationDocument.COLLECTION).createIndex(new Index().on(NEXT_STEP, Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC).sparse().named("behaviour_next_step"));
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
