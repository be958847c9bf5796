package id.latih.programs.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Seats confirmed in programs, replicated from enrollment events: one entry per enrollment holding its latest
 * state by the time it happened, so duplicates and any order of arrival give the same count. An enrollment's id
 * is the same when a person enrolls again after cancelling; the later event wins.
 */
public interface Seats {

    void record(String enrollmentId, String programId, String agencyCode, boolean confirmed, Instant at);

    /** An enrollment completed: final, whatever arrives before or after it. */
    void completed(String enrollmentId, String programId, String agencyCode);

    /** Enrollments confirmed in the program and not cancelled. */
    int confirmedIn(String programId);

    /** Per program: seats held (confirmed or completed) and participants completed. */
    Map<String, Held> heldIn(Collection<String> programIds);

    record Held(int seats, int completed) {
    }
}
