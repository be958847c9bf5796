package id.latih.programs.application;

import id.latih.programs.domain.BacklogNeed;
import java.util.List;

/**
 * One page of the backlog, ordered by competency and then need id (an order the backlog's indexes serve), and how
 * many needs match in all.
 */
public record BacklogPage(List<BacklogNeed> needs, long total) {

    /**
     * What a reader narrows the backlog by; null leaves a criterion out. {@code needStatus} as needs-service names
     * it (IDENTIFIED, PLANNED, ADDRESSED...); {@code unplannedOnly}: needs no program plans for yet.
     */
    public record Filter(String competencyCode, Integer cycleYear, String needStatus, boolean unplannedOnly) {
    }

    /** Which page and how long. */
    public record Request(int page, int size) {
    }
}
