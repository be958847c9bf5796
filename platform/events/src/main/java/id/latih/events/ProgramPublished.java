package id.latih.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A training program was published and opened for enrollment. It carries the whole design, so enrollment and
 * evaluation never call program-service back.
 *
 * @param startDate the first day of the program (the first session's date when it has sessions)
 * @param endDate   the last day of the program (the last session's date when it has sessions)
 * @param design    sessions, quotas, eligibility, completion criteria, evaluation settings and budget; an event
 *                  from a producer that predates it reads as {@link ProgramDesign#none()}
 * @param revision  the published revision of the design: 1 here, one more for each ProgramRevised
 * @param version   the program's version once this event happened: 1 for the event that creates it, one more for
 *                  each later event; a replica applies an event only over an older version
 */
public record ProgramPublished(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String programId,
        String title,
        String competencyCode,
        String route,
        String method,
        int jp,
        int capacity,
        LocalDate startDate,
        LocalDate endDate,
        List<String> needIds,
        ProgramDesign design,
        int revision,
        long version)
        implements LatihEvent {

    public ProgramPublished {
        needIds = needIds == null ? List.of() : List.copyOf(needIds);
        design = design == null ? ProgramDesign.none() : design;
    }

    /** The event as producers wrote it before the design was carried: no design, first revision. */
    public ProgramPublished(UUID eventId, Instant occurredAt, String agencyCode, String programId, String title,
                            String competencyCode, String route, String method, int jp, int capacity,
                            LocalDate startDate, LocalDate endDate, List<String> needIds, long version) {
        this(eventId, occurredAt, agencyCode, programId, title, competencyCode, route, method, jp, capacity,
                startDate, endDate, needIds, ProgramDesign.none(), 1, version);
    }

    @Override
    public String aggregateId() {
        return programId;
    }
}
