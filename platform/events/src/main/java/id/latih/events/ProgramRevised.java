package id.latih.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published program's design changed (schedule, capacity, hours, criteria...). It carries the whole program as
 * it now is, so a reader replaces its copy and never merges.
 *
 * @param competencyCode the program's main competency; null from a producer that predates it (unchanged)
 * @param route          null from a producer that predates it (unchanged)
 * @param method         null from a producer that predates it (unchanged)
 * @param design         the whole design as revised; {@link ProgramDesign#none()} from a producer that predates it
 * @param revision       the published revision of the design: 2 for the first revision; 0 from an older producer
 * @param version        the program's version once this event happened: 1 for the event that creates it, one more
 *                       for each later event; a replica applies an event only over an older version
 */
public record ProgramRevised(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String programId,
        String title,
        int jp,
        int capacity,
        LocalDate startDate,
        LocalDate endDate,
        String competencyCode,
        String route,
        String method,
        List<String> needIds,
        ProgramDesign design,
        int revision,
        long version)
        implements LatihEvent {

    public ProgramRevised {
        needIds = needIds == null ? List.of() : List.copyOf(needIds);
        design = design == null ? ProgramDesign.none() : design;
    }

    /** The event as producers wrote it before the design was carried. */
    public ProgramRevised(UUID eventId, Instant occurredAt, String agencyCode, String programId, String title,
                          int jp, int capacity, LocalDate startDate, LocalDate endDate, long version) {
        this(eventId, occurredAt, agencyCode, programId, title, jp, capacity, startDate, endDate, null, null, null,
                List.of(), ProgramDesign.none(), 0, version);
    }

    @Override
    public String aggregateId() {
        return programId;
    }
}
