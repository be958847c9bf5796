package id.latih.programs.domain;

import id.latih.events.ProgramCancelled;
import id.latih.events.ProgramClosed;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A training program an agency (or a region's training centre) offers: what, how, how long, for how many, and the
 * design that says how it runs. {@code version} counts the events the program has caused, so each event tells its
 * readers how new it is; {@code revision} counts the published designs (1 when published, one more per revision).
 */
public record Program(String id, String agencyCode, String title, String competencyCode, LearningRoute route,
                      LearningMethod method, int jp, int capacity, LocalDate startDate, LocalDate endDate,
                      List<String> needIds, Design design, ProgramStatus status, int revision, long version) {

    public Program {
        needIds = List.copyOf(needIds);
    }

    /** Checks the design and publishes it; {@code today} is the agency's current date in {@code zone}. */
    public static Program publish(String agencyCode, ProgramPlan p, LocalDate today, ZoneId zone) {
        checkPlan(p.route(), p.method(), p.startDate(), p.endDate(), today);
        return new Program("P-" + UUID.randomUUID(), agencyCode, p.title(), p.competencyCode(), p.route(),
                p.method(), p.jp(), p.capacity(), p.startDate(), p.endDate(), p.needIds(),
                p.design().checked(p.capacity(), p.startDate(), p.endDate(), zone), ProgramStatus.PUBLISHED, 1, 1);
    }

    /**
     * A new published revision of the design. Only an open (published) program is revised; its capacity never drops
     * below the seats already confirmed, and a start date it moves must not be in the past.
     */
    public Program revise(ProgramPlan r, int confirmedSeats, LocalDate today, ZoneId zone) {
        requireOpen("revised");
        checkPlan(r.route(), r.method(), r.startDate(), r.endDate(), r.startDate().equals(startDate) ? r.startDate()
                : today);
        if (r.capacity() < confirmedSeats) {
            throw new InvalidValueException("capacity", "must not be below the " + confirmedSeats
                    + " seats already confirmed");
        }
        return new Program(id, agencyCode, r.title(), r.competencyCode(), r.route(), r.method(), r.jp(),
                r.capacity(), r.startDate(), r.endDate(), r.needIds(),
                r.design().checked(r.capacity(), r.startDate(), r.endDate(), zone), status, revision + 1,
                version + 1);
    }

    /** Cancels an open program before it has ended. */
    public Program cancel() {
        requireOpen("cancelled");
        return withStatus(ProgramStatus.CANCELLED);
    }

    /** Closes an open program once its last day has come. */
    public Program close(LocalDate today) {
        requireOpen("closed");
        if (today.isBefore(endDate)) {
            throw new RuleViolationException("program-not-ended", "Program " + id + " runs until " + endDate
                    + "; it can be closed from then on");
        }
        return withStatus(ProgramStatus.CLOSED);
    }

    private Program withStatus(ProgramStatus next) {
        return new Program(id, agencyCode, title, competencyCode, route, method, jp, capacity, startDate, endDate,
                needIds, design, next, revision, version + 1);
    }

    private void requireOpen(String verb) {
        if (status != ProgramStatus.PUBLISHED) {
            throw new RuleViolationException("program-not-open", "Program " + id + " is " + status
                    + " and can no longer be " + verb);
        }
    }

    private static void checkPlan(LearningRoute route, LearningMethod method, LocalDate startDate, LocalDate endDate,
                                  LocalDate earliestStart) {
        if (!method.fits(route)) {
            throw new InvalidValueException("method", method + " is not a method of the " + route + " route");
        }
        if (startDate.isBefore(earliestStart)) {
            throw new InvalidValueException("startDate", "must not be in the past");
        }
        if (endDate.isBefore(startDate)) {
            throw new InvalidValueException("endDate", "must not be before startDate");
        }
    }

    /**
     * The agencies, besides the organiser, whose staff the program is open to: those named eligible or given a
     * quota. Their designers and staff read it in the catalog.
     */
    public Set<String> openTo() {
        Set<String> agencies = new TreeSet<>(design.eligibility().agencies());
        design.quotas().forEach(q -> agencies.add(q.agencyCode()));
        return agencies;
    }

    /** The program without the needs it plans for: each need's id names an employee. */
    public Program withoutNeeds() {
        return new Program(id, agencyCode, title, competencyCode, route, method, jp, capacity, startDate, endDate,
                List.of(), design, status, revision, version);
    }

    public ProgramRevised revised(Instant at) {
        return new ProgramRevised(UUID.randomUUID(), at, agencyCode, id, title, jp, capacity, startDate, endDate,
                competencyCode, route.name(), method.name(), needIds, design.toEvent(), revision, version);
    }

    public ProgramCancelled cancelled(Instant at, String reason) {
        return new ProgramCancelled(UUID.randomUUID(), at, agencyCode, id, reason, version);
    }

    public ProgramClosed closed(Instant at) {
        return new ProgramClosed(UUID.randomUUID(), at, agencyCode, id, version);
    }

    public ProgramPublished published(Instant at) {
        return new ProgramPublished(UUID.randomUUID(), at, agencyCode, id, title, competencyCode, route.name(),
                method.name(), jp, capacity, startDate, endDate, needIds, design.toEvent(), revision, version);
    }
}
