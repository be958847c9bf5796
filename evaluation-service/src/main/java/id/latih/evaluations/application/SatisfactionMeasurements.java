package id.latih.evaluations.application;

import id.latih.evaluations.domain.IkmMeasurement;
import java.util.Collection;
import java.util.List;

/** The IKM measurements needs-service published, kept to compare participants' units before and after programs. */
public interface SatisfactionMeasurements {

    /** Keeps the measurement of survey {@code surveyId}; a repeated delivery stores nothing new. */
    void record(String surveyId, IkmMeasurement measurement);

    List<IkmMeasurement> ofAgencies(Collection<String> agencyCodes);
}
