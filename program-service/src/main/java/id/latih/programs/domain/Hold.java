package id.latih.programs.domain;

import java.time.Instant;

/**
 * One session's claim on a resource (a facilitator or a room) from {@code startsAt} to {@code endsAt}, taken by a
 * program when it is published or revised. {@code heldSince} tells a hold whose program never got stored (the
 * service stopped between booking and storing) from one whose publication is still under way.
 */
public record Hold(String programId, String sessionId, Instant startsAt, Instant endsAt, Instant heldSince) {

    /** Whether the two holds share some time; touching ends do not overlap. */
    public boolean overlaps(Hold other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    /** Whether {@code session} of {@code program} is what this hold claims the time for. */
    public boolean isFor(Program program, Session session) {
        return programId.equals(program.id()) && sessionId.equals(session.sessionId())
                && startsAt.equals(session.startsAt()) && endsAt.equals(session.endsAt());
    }
}
