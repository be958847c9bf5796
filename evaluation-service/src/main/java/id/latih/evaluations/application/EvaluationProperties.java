package id.latih.evaluations.application;

import id.latih.evaluations.domain.GainBands;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param behaviourFollowUpMonths months after completion when the on-the-job check falls due (default 3)
 * @param lowGainBelow            a normalized learning gain below this is low, and recommends a follow-up
 *                                (default 0.3, Hake)
 * @param highGainAbove           a normalized learning gain above this is high (default 0.7, Hake)
 */
@ConfigurationProperties("latih.evaluation")
public record EvaluationProperties(Integer behaviourFollowUpMonths, Double lowGainBelow, Double highGainAbove) {

    public EvaluationProperties {
        behaviourFollowUpMonths = behaviourFollowUpMonths == null ? 3 : behaviourFollowUpMonths;
        lowGainBelow = lowGainBelow == null ? 0.3 : lowGainBelow;
        highGainAbove = highGainAbove == null ? 0.7 : highGainAbove;
        gainBands(lowGainBelow, highGainAbove);
    }

    public GainBands gainBands() {
        return gainBands(lowGainBelow, highGainAbove);
    }

    private static GainBands gainBands(double low, double high) {
        return new GainBands(low, high);
    }
}
