package id.latih.enrollments.adapter.out.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.enrollments.application.Offerings;
import id.latih.enrollments.domain.Offering;
import id.latih.enrollments.domain.OfferingStatus;
import id.latih.events.ProgramDesign;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramSession;
import id.latih.events.ProgramRevised;
import id.latih.platform.domain.AgencyCodes;
import id.latih.platform.messaging.ReplicaWrites;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoOfferings implements Offerings {

    private final MongoTemplate mongo;
    private final ReplicaWrites replicas;
    private final ZoneId zone;

    MongoOfferings(MongoTemplate mongo, ReplicaWrites replicas, Clock clock) {
        this.mongo = mongo;
        this.replicas = replicas;
        this.zone = clock.getZone();
    }

    @Override
    public Optional<Offering> find(String programId) {
        return Optional.ofNullable(mongo.findById(programId, OfferingDocument.class))
                .map(OfferingDocument::toOffering);
    }

    @Override
    public List<Offering> findInRegion(String regionCode) {
        return mongo.find(query(where("regionCode").is(regionCode).and("status").is(OfferingStatus.OPEN)),
                OfferingDocument.class).stream().map(OfferingDocument::toOffering).toList();
    }

    @Override
    public long nextArrival(String programId) {
        Document counter = mongo.findAndModify(query(where("_id").is(programId)), new Update().inc("arrivals", 1L),
                FindAndModifyOptions.options().returnNew(true), Document.class, OfferingDocument.COLLECTION);
        if (counter == null) {
            throw new IllegalStateException("No offering " + programId);
        }
        return ((Number) counter.get("arrivals")).longValue();
    }

    @Override
    public void published(ProgramPublished e) {
        replicas.create(OfferingDocument.COLLECTION, e.programId(), e.version(), design(schedule(e.title(), e.jp(),
                e.capacity(), e.startDate(), e.endDate())
                .set("agencyCode", e.agencyCode())
                .set("regionCode", AgencyCodes.regionOf(e.agencyCode()))
                .set("competencyCode", e.competencyCode())
                .set("route", e.route()).set("method", e.method())
                .setOnInsert("status", OfferingStatus.OPEN.name()), e.design()));
    }

    @Override
    public void revised(ProgramRevised e) {
        Update change = schedule(e.title(), e.jp(), e.capacity(), e.startDate(), e.endDate())
                .set("route", e.route()).set("method", e.method());
        // A revision from a producer that predates the design (revision 0) leaves the design as it was.
        replicas.change(OfferingDocument.COLLECTION, e.programId(), e.version(),
                e.revision() > 0 ? design(change, e.design()) : change);
    }

    @Override
    public void statusChanged(String programId, long version, OfferingStatus status) {
        replicas.change(OfferingDocument.COLLECTION, programId, version, new Update().set("status", status.name()));
    }

    private static Update schedule(String title, int jp, int capacity, LocalDate start, LocalDate end) {
        return new Update().set("title", title).set("jp", jp).set("capacity", capacity).set("startDate", start)
                .set("endDate", end);
    }

    /** The parts of the program's design that seats, attendance and completion follow. */
    private Update design(Update update, ProgramDesign design) {
        List<Document> quotas = design.seatQuotas().stream()
                .map(q -> new Document("agencyCode", q.agencyCode()).append("seats", q.seats())).toList();
        List<LocalDate> sessionDates = design.sessions().stream()
                .map(ProgramSession::startsAt).filter(Objects::nonNull).map(at -> at.atZone(zone).toLocalDate())
                .distinct().sorted().toList();
        Instant lastEnd = design.sessions().stream().map(ProgramSession::endsAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<Document> sessions = design.sessions().stream()
                .filter(session -> session.sessionId() != null && session.startsAt() != null
                        && session.endsAt() != null)
                .map(session -> new Document("sessionId", session.sessionId())
                        .append("startsAt", Date.from(session.startsAt()))
                        .append("endsAt", Date.from(session.endsAt()))).toList();
        String location = design.sessions().stream().filter(session -> session.startsAt() != null)
                .min(Comparator.comparing(ProgramSession::startsAt))
                .map(first -> first.place() != null && !first.place().isBlank() ? first.place() : "daring")
                .orElse(null);
        return update.set("seatQuotas", quotas).set("sessionDates", sessionDates).set("lastSessionEnd", lastEnd)
                .set("sessions", sessions).set("location", location)
                .set("minimumAttendancePercent", design.minimumAttendancePercent())
                .set("eligibleJobTypes", design.eligibleJobTypes())
                .set("eligibleAgencies", design.eligibleAgencies())
                .set("eligiblePositions", design.eligiblePositions())
                .set("prerequisiteProgramIds", design.prerequisiteProgramIds())
                .set("supervisorApprovalRequired", design.supervisorApprovalRequired());
    }
}
