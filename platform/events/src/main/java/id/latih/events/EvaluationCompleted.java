package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A program's evaluation (Kirkpatrick levels) was completed: its organiser closed the evaluation window, and these
 * are the figures it closed with. Figures a program could not produce (no responses, no target levels, no costs)
 * are null; an event from before the later fields reads them as null and {@code participants} as 0.
 *
 * @param evaluationId           the program's evaluation, {@code PE-<programId>}
 * @param reactionScore          level 1: the reaction index as a percentage of the questionnaire's top rating
 * @param learningGain           level 2: the class's normalized gain (Hake's g on the class means)
 * @param participants           evaluation files of the program, completed or not
 * @param behaviourShareApplying level 3: share of rated participants applying at target on every competency
 * @param roiPercent             level 5: (benefits - costs) / costs x 100
 * @param verdict                EFFECTIVE, PARTLY_EFFECTIVE, NOT_EFFECTIVE or INCONCLUSIVE, by the organiser's
 *                               thresholds
 */
public record EvaluationCompleted(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String evaluationId,
        String programId,
        Double reactionScore,
        Double learningGain,
        int participants,
        Double behaviourShareApplying,
        Double roiPercent,
        String verdict)
        implements LatihEvent {

    /** The event as producers wrote it before the later figures were carried. */
    public EvaluationCompleted(UUID eventId, Instant occurredAt, String agencyCode, String evaluationId,
                               String programId, Double reactionScore, Double learningGain) {
        this(eventId, occurredAt, agencyCode, evaluationId, programId, reactionScore, learningGain, 0, null, null,
                null);
    }

    @Override
    public String aggregateId() {
        return evaluationId;
    }
}
