package id.latih.enrollments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One session of a program: when it starts and ends. Check-in is possible only while it runs. */
public record Session(String sessionId, Instant startsAt, Instant endsAt) {

    /** The session of a program without sessions: the whole day, in the agencies' time zone, its id the date. */
    public static Session wholeDay(LocalDate day, ZoneId zone) {
        return new Session(day.toString(), day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public boolean runsAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** The day attendance of this session is recorded under. */
    public LocalDate day(ZoneId zone) {
        return startsAt.atZone(zone).toLocalDate();
    }
}
