package id.latih.events;

import java.time.Instant;

/**
 * One session of a program, as events carry it: enrollment checks attendance against its times, evaluation knows
 * when the program really ended.
 *
 * @param sessionId   stable within the program across revisions, so attendance recorded for it stays attached
 * @param place       the room or venue; blank for an online session
 * @param onlineLink  the meeting link; blank for a session in a room
 * @param facilitator who leads the session (a name or a NIP, as the organiser records it)
 */
public record ProgramSession(
        String sessionId,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineLink,
        String facilitator) {
}
