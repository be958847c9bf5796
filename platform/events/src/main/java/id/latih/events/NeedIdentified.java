package id.latih.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Needs analysis (AKPK) found a competency or performance gap: of one employee, or, from an agency's approved AKPK,
 * of the agency's staff for one competency (then {@code nip} is null and the staff are in {@code affectedNips}).
 *
 * @param version the need's version once this event happened: 1 for the event that creates it, one more for each
 *                later event; a replica applies an event only over an older version
 * @param followUpOf the need this one follows up, when evaluation recommended follow-up after a training (added
 *                   later: null in events from before and for needs found by analysis)
 * @param affectedNips the staff the need is about, largest gap first (added with the AKPK cycle: empty in events
 *                     of one employee's need). Bounded so an event stays within the size limit; when
 *                     {@code staffAffected} is larger, the rest are listed by needs-service's API
 * @param staffAffected how many staff the need is about (0 in events from before: read as 1 with {@code nip})
 * @param targetLevel the level the need aims at: the highest required level among the affected staff (0 before)
 * @param meanGap the mean of the affected staff's gaps in levels (0 before)
 * @param priority the need's priority score, higher first (0 before; formula in needs-service's docs)
 */
public record NeedIdentified(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String needId,
        String nip,
        String competencyCode,
        String competencyKind,
        int currentLevel,
        int requiredLevel,
        String source,
        int cycleYear,
        long version,
        String followUpOf,
        List<String> affectedNips,
        int staffAffected,
        int targetLevel,
        double meanGap,
        double priority)
        implements LatihEvent {

    public NeedIdentified {
        affectedNips = affectedNips == null ? List.of() : List.copyOf(affectedNips);
    }

    /** One employee's need, possibly following up another. */
    public NeedIdentified(UUID eventId, Instant occurredAt, String agencyCode, String needId, String nip,
                          String competencyCode, String competencyKind, int currentLevel, int requiredLevel,
                          String source, int cycleYear, long version, String followUpOf) {
        this(eventId, occurredAt, agencyCode, needId, nip, competencyCode, competencyKind, currentLevel, requiredLevel,
                source, cycleYear, version, followUpOf, List.of(), 0, 0, 0, 0);
    }

    /** A need found by analysis, following up no other need. */
    public NeedIdentified(UUID eventId, Instant occurredAt, String agencyCode, String needId, String nip,
                          String competencyCode, String competencyKind, int currentLevel, int requiredLevel,
                          String source, int cycleYear, long version) {
        this(eventId, occurredAt, agencyCode, needId, nip, competencyCode, competencyKind, currentLevel, requiredLevel,
                source, cycleYear, version, null);
    }

    @Override
    public String aggregateId() {
        return needId;
    }
}
