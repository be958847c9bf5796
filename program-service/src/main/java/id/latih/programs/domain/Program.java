package id.latih.programs.domain;

import id.latih.events.ProgramPublished;
import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
    public static Program publish(String agencyCode, String title, String competencyCode, LearningRoute route,
                                  LearningMethod method, int jp, int capacity, LocalDate startDate,
                                  LocalDate endDate, List<String> needIds, Design design, LocalDate today,
                                  ZoneId zone) {
        if (!method.fits(route)) {
            throw new InvalidValueException("method", method + " is not a method of the " + route + " route");
        }
        if (startDate.isBefore(today)) {
            throw new InvalidValueException("startDate", "must not be in the past");
        }
        if (endDate.isBefore(startDate)) {
            throw new InvalidValueException("endDate", "must not be before startDate");
        }
        return new Program("P-" + UUID.randomUUID(), agencyCode, title, competencyCode, route, method, jp, capacity,
                startDate, endDate, needIds, design.checked(capacity, startDate, endDate, zone),
                ProgramStatus.PUBLISHED, 1, 1);
    }

    /** The program without the needs it plans for: each need's id names an employee. */
    public Program withoutNeeds() {
        return new Program(id, agencyCode, title, competencyCode, route, method, jp, capacity, startDate, endDate,
                List.of(), design, status, revision, version);
    }

    public ProgramPublished published(Instant at) {
        return new ProgramPublished(UUID.randomUUID(), at, agencyCode, id, title, competencyCode, route.name(),
                method.name(), jp, capacity, startDate, endDate, needIds, design.toEvent(), revision, version);
    }
}
