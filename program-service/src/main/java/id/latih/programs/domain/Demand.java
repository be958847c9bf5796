package id.latih.programs.domain;

import java.util.List;

/**
 * The unplanned needs of one agency for one competency: how many staff they affect, how wide the gap is on
 * average (required minus current level), the highest level required, and the needs themselves.
 */
public record Demand(String agencyCode, String competencyCode, int affectedStaff, double averageGap,
                     int highestRequiredLevel, List<String> needIds) {

    public Demand {
        needIds = List.copyOf(needIds);
    }
}
