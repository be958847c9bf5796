package id.latih.needs.domain;

import java.util.List;

/**
 * The priority score of an agency need: how many levels the agency's staff must rise in the competency, each
 * employee's gap weighted up by their performance gap, plus a bonus for each service unit whose weak IKM elements
 * point to the competency:
 * <pre>
 *   priority = sum over affected staff of gap x (1 + performanceWeight x performanceGap) + ikmWeight x weakUnits
 * </pre>
 * rounded to two decimals. With the defaults (0.25, 5): two staff with gaps 2 and 1, the second rated Kurang (2
 * steps below Baik), and one weak unit give 2 + 1 x 1.5 + 5 = 8.5. A need of many staff outranks a deep gap of one:
 * a training officer reaches more people with the same class.
 */
public record PriorityRule(double performanceWeight, double ikmWeight) {

    public PriorityRule {
        if (performanceWeight < 0 || ikmWeight < 0) {
            throw new IllegalArgumentException("priority weights are 0 or more");
        }
    }

    public double priority(List<StaffGap> staff, int weakUnits) {
        double sum = 0;
        for (StaffGap s : staff) {
            sum += s.gap() * (1 + performanceWeight * s.performanceGap());
        }
        return Math.round((sum + ikmWeight * weakUnits) * 100) / 100.0;
    }
}
