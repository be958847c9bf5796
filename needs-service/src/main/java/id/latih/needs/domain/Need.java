package id.latih.needs.domain;

import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import java.time.Instant;
import java.util.UUID;

/**
 * A development need of one employee for one competency in one AKPK cycle. Its id is derived from those three, so
 * analysing the same evidence twice finds the same need rather than a second one. {@code version} counts the events
 * the need has caused, so each event tells its readers how new it is. {@code followUpOf} links a follow-up need to
 * the need it came from (null otherwise).
 */
public record Need(String id, String agencyCode, String nip, String competencyCode, CompetencyKind kind,
                   int currentLevel, int requiredLevel, int cycleYear, NeedStatus status, String source,
                   long version, String followUpOf) {

    /** Longest reason from evaluation kept in a follow-up need's source. */
    static final int MAX_REASON = 200;

    public Need(String id, String agencyCode, String nip, String competencyCode, CompetencyKind kind,
                int currentLevel, int requiredLevel, int cycleYear, NeedStatus status, String source, long version) {
        this(id, agencyCode, nip, competencyCode, kind, currentLevel, requiredLevel, cycleYear, status, source,
                version, null);
    }

    public static String idFor(String nip, String competencyCode, int cycleYear) {
        return "N-" + cycleYear + "-" + nip + "-" + competencyCode;
    }

    /**
     * The need that evaluation's recommendation opens after a training did not transfer: same employee, competency
     * and levels as {@code original}, in {@code cycleYear}, linked to it. One per employee, competency and year, so
     * a repeated recommendation finds the same need.
     */
    public static Need followUpOf(Need original, int cycleYear, String reason) {
        String why = reason == null ? "" : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        return new Need(idFor(original.nip(), original.competencyCode(), cycleYear) + "-FU", original.agencyCode(),
                original.nip(), original.competencyCode(), original.kind(), original.currentLevel(),
                original.requiredLevel(), cycleYear, NeedStatus.IDENTIFIED, "FOLLOW_UP:" + why, 1, original.id());
    }

    public NeedIdentified identified(Instant at) {
        return new NeedIdentified(UUID.randomUUID(), at, agencyCode, id, nip, competencyCode, kind.name(),
                currentLevel, requiredLevel, source, cycleYear, version, followUpOf);
    }

    /** Whether {@code level}, seen on the job, reaches what this need asks for. */
    public boolean isMetBy(int level) {
        return status.isOpen() && level >= requiredLevel;
    }

    /** The event of the required level having been seen: its next version, RESOLVED. */
    public NeedStatusChanged resolved(String reason, Instant at) {
        return new NeedStatusChanged(UUID.randomUUID(), at, agencyCode, id, nip, status.name(),
                NeedStatus.RESOLVED.name(), reason, version + 1);
    }

    /** The event of this need being withdrawn because the employee moved to another agency: its next version. */
    public NeedStatusChanged withdrawnAfterTransfer(Instant at) {
        return new NeedStatusChanged(UUID.randomUUID(), at, agencyCode, id, nip, status.name(),
                NeedStatus.WITHDRAWN.name(), "the employee moved to another agency", version + 1);
    }

    /** The event of this need being met by a completed training: its next version, ADDRESSED. */
    public NeedStatusChanged addressed(String reason, Instant at) {
        return new NeedStatusChanged(UUID.randomUUID(), at, agencyCode, id, nip, status.name(),
                NeedStatus.ADDRESSED.name(), reason, version + 1);
    }
}
