package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** A program's evaluation (Kirkpatrick levels) was completed. */
public record EvaluationCompleted(UUID eventId, Instant occurredAt, String agencyCode, String evaluationId, String programId, Double reactionScore, Double learningGain)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return evaluationId;
    }
}
