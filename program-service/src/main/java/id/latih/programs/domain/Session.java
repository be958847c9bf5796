package id.latih.programs.domain;

import id.latih.events.ProgramSession;
import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.Optional;

/**
 * One meeting of a program: when, where (a room or an online link) and who leads it. Held as instants so that
 * overlap checks across programs and attendance checks in enrollment never depend on a reader's time zone.
 */
public record Session(String sessionId, Instant startsAt, Instant endsAt, String place, String onlineLink,
                      String facilitator) {

    /** Refuses a session that ends before it starts or has neither a place nor a link; {@code field} names it. */
    public Session checked(String field) {
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidValueException(field + ".endsAt", "must be after startsAt");
        }
        if (blank(place) && blank(onlineLink)) {
            throw new InvalidValueException(field + ".place", "a session needs a place or an online link");
        }
        return this;
    }

    /** Whether the two sessions share some time; touching ends (one ends as the next starts) do not overlap. */
    public boolean overlaps(Session other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    /**
     * What the two sessions cannot share if they overlap: "facilitator" when one person leads both, "place" when
     * both are in one room; empty when they do not overlap or share neither.
     */
    public Optional<String> clashWith(Session other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        if (!blank(facilitator) && facilitator.equals(other.facilitator)) {
            return Optional.of("facilitator");
        }
        if (!blank(place) && place.equals(other.place)) {
            return Optional.of("place");
        }
        return Optional.empty();
    }

    ProgramSession toEvent() {
        return new ProgramSession(sessionId, startsAt, endsAt, place, onlineLink, facilitator);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
