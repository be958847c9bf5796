package id.latih.evaluations.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param behaviourFollowUpMonths months after completion when the on-the-job check falls due (default 3) */
@ConfigurationProperties("latih.evaluation")
public record EvaluationProperties(Integer behaviourFollowUpMonths) {

    public EvaluationProperties {
        behaviourFollowUpMonths = behaviourFollowUpMonths == null ? 3 : behaviourFollowUpMonths;
    }
}
