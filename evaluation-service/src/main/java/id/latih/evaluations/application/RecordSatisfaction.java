package id.latih.evaluations.application;

import id.latih.evaluations.domain.IkmMeasurement;
import id.latih.events.ServiceSatisfactionMeasured;
import org.springframework.stereotype.Service;

/** Keeps each unit's IKM as needs-service measures it, for the level 4 comparison of program reports. */
@Service
public class RecordSatisfaction {

    private final SatisfactionMeasurements measurements;

    public RecordSatisfaction(SatisfactionMeasurements measurements) {
        this.measurements = measurements;
    }

    public void measured(ServiceSatisfactionMeasured e) {
        measurements.record(e.surveyId(), new IkmMeasurement(e.agencyCode(), e.serviceUnit(), e.period(), e.ikm(),
                e.occurredAt()));
    }
}
