package id.latih.events;

import java.time.Instant;
import java.util.UUID;

/** A community-satisfaction survey (IKM/SKM) of a service unit was scored. */
public record ServiceSatisfactionMeasured(UUID eventId, Instant occurredAt, String agencyCode, String surveyId, String serviceUnit, String period, double ikm, String grade, java.util.Map<String, Double> elementMeans)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return surveyId;
    }
}
