package id.latih.needs.application;

import id.latih.needs.domain.PriorityRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The AKPK cycle's settings ({@code latih.needs.akpk}); defaults in {@code application.yml}.
 *
 * @param performanceWeight how much an employee's performance gap (steps below Baik) weighs up their competency gap
 *                          in a need's priority (default 0.25: a Kurang rating, 2 steps, makes a gap count 1.5 times)
 * @param ikmWeight         priority points per service unit whose weak IKM elements point to the competency
 *                          (default 5)
 * @param maxNipsPerEvent   the most affected NIPs one NeedIdentified carries (default 20000, about 420 KB, within
 *                          the outbox's event size limit); a larger need names the rest in the API
 */
@ConfigurationProperties("latih.needs.akpk")
public record AkpkProperties(Double performanceWeight, Double ikmWeight, Integer maxNipsPerEvent) {

    public AkpkProperties {
        performanceWeight = performanceWeight == null ? 0.25 : performanceWeight;
        ikmWeight = ikmWeight == null ? 5 : ikmWeight;
        maxNipsPerEvent = maxNipsPerEvent == null ? 20_000 : maxNipsPerEvent;
    }

    public PriorityRule priorityRule() {
        return new PriorityRule(performanceWeight, ikmWeight);
    }
}
