package id.latih.enrollments.adapter.out.mongo;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.enrollments.application.Enrollments;
import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.Certificate;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.events.LatihEvent;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.PendingEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.ScopeCriteria;
import id.latih.platform.security.Supervision;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Enrollments in MongoDB. The unique sparse index on {@code seatKey} is what makes a seat impossible to give twice:
 * every write that gives a seat (a new enrollment or a promotion) sets that key, and the store refuses the second
 * writer; releasing a seat removes the key in the same write as the cancellation.
 */
@Repository
class MongoEnrollments implements Enrollments {

    /** Written only when an enrollment ends; read by {@link MongoCompletions}. */
    static final String COMPLETED_ON = "completedOn";
    static final String JP_EARNED = "jpEarned";
    /** The certificate issued with a completion, in the same write. */
    static final String CERTIFICATE = "certificate";

    private static final List<EnrollmentStatus> ACTIVE = List.of(EnrollmentStatus.CONFIRMED,
            EnrollmentStatus.WAITLISTED, EnrollmentStatus.PENDING_APPROVAL);

    private final MongoTemplate mongo;
    private final AggregateWrites writes;

    MongoEnrollments(MongoTemplate mongo, AggregateWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        var indexes = mongo.indexOps(EnrollmentDocument.COLLECTION);
        indexes.createIndex(new Index().on("seatKey", Sort.Direction.ASC).unique().sparse().named("seat"));
        indexes.createIndex(new Index().on("requestKey", Sort.Direction.ASC).unique().sparse().named("request"));
        indexes.createIndex(new Index().on("programId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("arrival", Sort.Direction.ASC).named("line"));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("programId", Sort.Direction.ASC)
                .named("waiting"));
        indexes.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on(COMPLETED_ON, Sort.Direction.ASC).named("completions"));
        indexes.createIndex(new Index().on("agencyCode", Sort.Direction.ASC).on("programId", Sort.Direction.ASC)
                .on("nip", Sort.Direction.ASC).named("visible"));
        indexes.createIndex(new Index().on(CERTIFICATE + ".number", Sort.Direction.ASC).unique().sparse()
                .named("certificate"));
        indexes.createIndex(new Index().on("nip", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .named("person"));
    }

    @Override
    public boolean add(Enrollment enrollment, String seatBlock, String requestKey, LatihEvent event) {
        return writes.insertNew(EnrollmentDocument.of(enrollment, seatBlock, requestKey, PendingEvent.allOf(event)));
    }

    @Override
    public Optional<Enrollment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EnrollmentDocument.class))
                .map(EnrollmentDocument::toEnrollment);
    }

    @Override
    public Optional<Enrollment> findByRequestKey(String requestKey) {
        return Optional.ofNullable(mongo.findOne(query(where("requestKey").is(requestKey)), EnrollmentDocument.class))
                .map(EnrollmentDocument::toEnrollment);
    }

    @Override
    public Set<Integer> seatsHeld(String programId, String seatBlock) {
        var held = query(where("programId").is(programId).and("seatKey").exists(true).and("seatBlock").is(seatBlock));
        held.fields().include("seat");
        return mongo.find(held, Document.class, EnrollmentDocument.COLLECTION).stream()
                .map(d -> d.getInteger("seat")).collect(Collectors.toSet());
    }

    @Override
    public Map<String, Integer> seatCounts(Collection<String> programIds) {
        Map<String, Integer> counts = new HashMap<>();
        mongo.aggregate(newAggregation(match(where("programId").in(programIds).and("seatKey").exists(true)),
                        group("programId").count().as("seats")), EnrollmentDocument.COLLECTION, Document.class)
                .forEach(d -> counts.put(d.getString("_id"), ((Number) d.get("seats")).intValue()));
        return counts;
    }

    @Override
    public long waiting(String programId) {
        return mongo.count(query(where("programId").is(programId).and("status").is(EnrollmentStatus.WAITLISTED)),
                EnrollmentDocument.class);
    }

    @Override
    public boolean anyWaiting(String programId, Set<String> agencies, Set<String> excluded) {
        var waiting = where("programId").is(programId).and("status").is(EnrollmentStatus.WAITLISTED);
        waiting = agencies.isEmpty() ? waiting.and("agencyCode").nin(excluded) : waiting.and("agencyCode").in(agencies);
        return mongo.exists(query(waiting), EnrollmentDocument.class);
    }

    @Override
    public List<Enrollment> waitingInOrder(String programId, int limit) {
        return mongo.find(query(where("programId").is(programId).and("status").is(EnrollmentStatus.WAITLISTED))
                        .with(Sort.by("arrival")).limit(limit), EnrollmentDocument.class).stream()
                .map(EnrollmentDocument::toEnrollment).toList();
    }

    @Override
    public List<String> programsWithWaitlist() {
        return mongo.findDistinct(query(where("status").is(EnrollmentStatus.WAITLISTED)), "programId",
                EnrollmentDocument.class, String.class);
    }

    @Override
    public List<Enrollment> findActive(String programId) {
        return mongo.find(query(where("programId").is(programId).and("status").in(ACTIVE)), EnrollmentDocument.class)
                .stream().map(EnrollmentDocument::toEnrollment).toList();
    }

    @Override
    public boolean promote(Enrollment promoted, String seatBlock, LatihEvent confirmed) {
        try {
            return writes.update(query(where("_id").is(promoted.id()).and("status").is(EnrollmentStatus.WAITLISTED)),
                    new Update().set("status", promoted.status()).set("seat", promoted.seat())
                            .set("seatBlock", seatBlock)
                            .set("seatKey", EnrollmentDocument.seatKey(promoted.programId(), seatBlock,
                                    promoted.seat())),
                    EnrollmentDocument.class, List.of(confirmed));
        } catch (DuplicateKeyException seatTaken) {
            return false;
        }
    }

    @Override
    public boolean approve(Enrollment approved, String seatBlock, LatihEvent event) {
        Update decided = new Update().set("status", approved.status()).set("arrival", approved.arrival());
        if (approved.seat() != null) {
            decided.set("seat", approved.seat()).set("seatBlock", seatBlock)
                    .set("seatKey", EnrollmentDocument.seatKey(approved.programId(), seatBlock, approved.seat()));
        }
        try {
            return writes.update(query(where("_id").is(approved.id())
                            .and("status").is(EnrollmentStatus.PENDING_APPROVAL)), decided, EnrollmentDocument.class,
                    List.of(event));
        } catch (DuplicateKeyException seatTaken) {
            return false;
        }
    }

    @Override
    public boolean cancel(String id, LatihEvent cancelled) {
        return writes.update(query(where("_id").is(id).and("status").in(ACTIVE)),
                new Update().set("status", EnrollmentStatus.CANCELLED).unset("seat").unset("seatBlock")
                        .unset("seatKey"),
                EnrollmentDocument.class, List.of(cancelled));
    }

    @Override
    public boolean addAttendance(String id, Attendance attendance, LatihEvent recorded) {
        return writes.update(query(where("_id").is(id).and("status").is(EnrollmentStatus.CONFIRMED)
                        .and("attendance.sessionDate").ne(attendance.sessionDate())),
                new Update().push("attendance", attendance), EnrollmentDocument.class, List.of(recorded));
    }

    @Override
    public Finish finish(String id, EnrollmentStatus status, LocalDate decidedOn, int jpEarned,
                         Certificate certificate, LatihEvent outcome) {
        Update end = new Update().set("status", status).set(COMPLETED_ON, decidedOn).set(JP_EARNED, jpEarned);
        if (certificate != null) {
            end.set(CERTIFICATE, certificate);
        }
        try {
            return writes.update(query(where("_id").is(id).and("status").is(EnrollmentStatus.CONFIRMED)), end,
                    EnrollmentDocument.class, List.of(outcome)) ? Finish.FINISHED : Finish.NOT_CONFIRMED;
        } catch (DuplicateKeyException numberTaken) {
            return Finish.NUMBER_TAKEN;
        }
    }

    @Override
    public Optional<Certified> findCertificate(String number) {
        return Optional.ofNullable(mongo.findOne(query(where(CERTIFICATE + ".number").is(number)),
                        EnrollmentDocument.class))
                .filter(d -> d.certificate() != null)
                .map(d -> new Certified(d.toEnrollment(), d.certificate()));
    }

    @Override
    public Page findVisibleTo(AgencyScope scope, Supervision supervision, String programId, EnrollmentStatus status,
                              int page, int size) {
        var visible = ScopeCriteria.visibleTo(scope, "nip", supervision);
        if (programId != null) {
            visible = visible.and("programId").is(programId);
        }
        if (status != null) {
            visible = visible.and("status").is(status);
        }
        long total = mongo.count(query(visible), EnrollmentDocument.class);
        List<Enrollment> items = mongo.find(query(visible).with(Sort.by("programId", "nip"))
                        .skip((long) page * size).limit(size), EnrollmentDocument.class)
                .stream().map(EnrollmentDocument::toEnrollment).toList();
        return new Page(items, total);
    }
}
