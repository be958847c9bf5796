package id.latih.programs.domain;

import id.latih.events.ProgramPublished;
import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A training program an agency (or a region's training centre) offers: what, how, how long, for how many.
 * {@code version} counts the events the program has caused, so each event tells its readers how new it is.
 */
public record Program(String id, String agencyCode, String title, String competencyCode, LearningRoute route,
                      LearningMethod method, int jp, int capacity, LocalDate startDate, LocalDate endDate,
                      List<String> needIds, ProgramStatus status, long version) {

    public Program {
        needIds = List.copyOf(needIds);
    }

    /** Checks the design and publishes it; {@code today} is the agency's current date. */
    public static Program publish(String agencyCode, String title, String competencyCode, LearningRoute route,
                                  LearningMethod method, int jp, int capacity, LocalDate startDate,
                                  LocalDate endDate, List<String> needIds, LocalDate today) {
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
                startDate, endDate, needIds, ProgramStatus.PUBLISHED, 1);
    }

    public ProgramPublished published(Instant at) {
        return new ProgramPublished(UUID.randomUUID(), at, agencyCode, id, title, competencyCode, route.name(),
                method.name(), jp, capacity, startDate, endDate, needIds, version);
    }
}
