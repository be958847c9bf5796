package id.latih.needs.domain;

import id.latih.events.NeedIdentified;
import java.time.Instant;
import java.util.UUID;

/**
 * A development need of one employee for one competency in one AKPK cycle. Its id is derived from those three, so
 * analysing the same evidence twice finds the same need rather than a second one.
 */
public record Need(String id, String agencyCode, String nip, String competencyCode, CompetencyKind kind,
                   int currentLevel, int requiredLevel, int cycleYear, NeedStatus status, String source) {

    public static String idFor(String nip, String competencyCode, int cycleYear) {
        return "N-" + cycleYear + "-" + nip + "-" + competencyCode;
    }

    public NeedIdentified identified(Instant at) {
        return new NeedIdentified(UUID.randomUUID(), at, agencyCode, id, nip, competencyCode, kind.name(),
                currentLevel, requiredLevel, source, cycleYear);
    }
}
