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

    /** Checks the design and publishes it at once; {@code today} is the agency's current date in {@code zone}. */
    public static Program publish(String agencyCode, ProgramPlan p, LocalDate today, ZoneId zone) {
        return drafted("P-" + UUID.randomUUID(), agencyCode, p, today, zone, ProgramStatus.PUBLISHED, 1, 1);
    }

    /**
     * Checks the design as a publication would and keeps it as a draft: editable, seen only by its organiser,
     * announced to nobody. A draft's version counts its edits, so the event that later publishes it carries the
     * next one.
     */
    public static Program draft(String agencyCode, ProgramPlan p, LocalDate today, ZoneId zone) {
        return drafted("P-" + UUID.randomUUID(), agencyCode, p, today, zone, ProgramStatus.DRAFT, 0, 1);
    }

    /** The draft replaced by {@code p}, checked again. */
    public Program editDraft(ProgramPlan p, LocalDate today, ZoneId zone) {
        requireDraft("edited");
        return drafted(id, agencyCode, p, today, zone, ProgramStatus.DRAFT, 0, version + 1);
    }

    /** Publishes the draft as revision 1: checked again, as its start date may have passed since it was drafted. */
    public Program publishDraft(LocalDate today, ZoneId zone) {
        requireDraft("published");
        return drafted(id, agencyCode, plan(), today, zone, ProgramStatus.PUBLISHED, 1, version + 1);
    }

    private static Program drafted(String id, String agencyCode, ProgramPlan p, LocalDate today, ZoneId zone,
                                   ProgramStatus status, int revision, long version) {
        checkPlan(p.route(), p.method(), p.startDate(), p.endDate(), today);
        return new Program(id, agencyCode, p.title(), p.competencyCode(), p.route(), p.method(), p.jp(),
                p.capacity(), p.startDate(), p.endDate(), p.needIds(), checkedDesign(p, zone), status, revision,
                version);
    }

    private static Design checkedDesign(ProgramPlan p, ZoneId zone) {
        return p.design().checked(p.capacity(), p.startDate(), p.endDate(), zone).curriculumChecked(p.jp(), p.route());
    }

    /** The program as its designer would send it again. */
    public ProgramPlan plan() {
        return new ProgramPlan(title, competencyCode, route, method, jp, capacity, startDate, endDate, needIds, design);
    }

    /**
     * The status a reader sees on {@code today} (the agencies' date): a published program is RUNNING from its first
     * day on. Derived rather than stored, so no sweep has to run on time and no write races a revision.
     */
    public ProgramStatus statusOn(LocalDate today) {
        return status == ProgramStatus.PUBLISHED && !today.isBefore(startDate) ? ProgramStatus.RUNNING : status;
    }

    public boolean isDraft() {
        return status == ProgramStatus.DRAFT;
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
                checkedDesign(r, zone), status, revision + 1,
                version + 1);
    }

    /** Cancels an open program before it has ended, or drops a draft. */
    public Program cancel() {
        if (status != ProgramStatus.DRAFT) {
            requireOpen("cancelled");
        }
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

    private void requireDraft(String verb) {
        if (status != ProgramStatus.DRAFT) {
            throw new RuleViolationException("program-not-draft", "Program " + id + " is " + status
                    + ", not a draft, and can no longer be " + verb + " as one");
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
