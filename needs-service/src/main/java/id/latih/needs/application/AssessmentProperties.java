package id.latih.needs.application;

import id.latih.needs.domain.AssessmentSource;
import id.latih.needs.domain.CurrentLevelRule;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How evidence combines into an employee's current level ({@code latih.needs.assessment}), see
 * {@link CurrentLevelRule}; defaults in {@code application.yml}.
 *
 * @param sourcePrecedence most trusted source first (default ASSESSMENT_CENTER, SUPERVISOR, PEER, SELF)
 * @param latestOnly       the most recent assessment of any source decides instead (default false)
 */
@ConfigurationProperties("latih.needs.assessment")
public record AssessmentProperties(List<AssessmentSource> sourcePrecedence, Boolean latestOnly) {

    public AssessmentProperties {
        sourcePrecedence = sourcePrecedence == null || sourcePrecedence.isEmpty()
                ? List.of(AssessmentSource.values()) : List.copyOf(sourcePrecedence);
        latestOnly = latestOnly != null && latestOnly;
    }

    public CurrentLevelRule rule() {
        return new CurrentLevelRule(sourcePrecedence, latestOnly);
    }
}
