package id.latih.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A participant's supervisor is asked to rate how the participant applies a program's competencies on the job
 * (Kirkpatrick level 3): sent when the check falls due, then again as a reminder every few days until the supervisor
 * rates or the check expires. A notification system, the supervisor's inbox or the agency's own HR system turns it
 * into a message; the to-do list in evaluation-service shows the same checks.
 *
 * @param evaluationId    the participant's evaluation file, where the rating is posted
 * @param nip             the participant
 * @param supervisorNip   the participant's supervisor as evaluation-service knows it; null when it knows none
 * @param competencyCodes the competencies to rate, the program's main one first
 * @param dueOn           the day the check fell due
 * @param expiresOn       the last day a rating is taken
 * @param reminder        0 for the request itself, then 1, 2... for each reminder
 */
public record BehaviourCheckRequested(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String evaluationId,
        String programId,
        String nip,
        String supervisorNip,
        List<String> competencyCodes,
        LocalDate dueOn,
        LocalDate expiresOn,
        int reminder)
        implements LatihEvent {

    public BehaviourCheckRequested {
        competencyCodes = competencyCodes == null ? List.of() : List.copyOf(competencyCodes);
    }

    @Override
    public String aggregateId() {
        return evaluationId;
    }
}
