package id.latih.enrollments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How a program is delivered, as far as attendance and completion need it.
 *
 * @param sessionDates             the days sessions are held, in order; empty when the program carries no sessions,
 *                                 and then every day from the start to the end date holds one
 * @param lastSessionEnd           when the last session ends; null without sessions (then: the end date)
 * @param minimumAttendancePercent the organiser's attendance criterion (0-100); 0 when not set, and then the
 *                                 service's default applies
 * @param sessions                 the sessions with their times, for check-in; empty without sessions
 */
public record Delivery(List<LocalDate> sessionDates, Instant lastSessionEnd, int minimumAttendancePercent,
                       List<Session> sessions) {

    public Delivery {
        sessionDates = sessionDates == null ? List.of() : List.copyOf(sessionDates);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** A delivery whose sessions' times are not known. */
    public Delivery(List<LocalDate> sessionDates, Instant lastSessionEnd, int minimumAttendancePercent) {
        this(sessionDates, lastSessionEnd, minimumAttendancePercent, List.of());
    }

    /** A program that carries no sessions and no criterion. */
    public static Delivery daily() {
        return new Delivery(List.of(), null, 0);
    }

    /** The share of scheduled sessions required to complete: the organiser's, or {@code serviceDefault}. */
    public double minimumAttendance(double serviceDefault) {
        return minimumAttendancePercent > 0 ? minimumAttendancePercent / 100.0 : serviceDefault;
    }
}
