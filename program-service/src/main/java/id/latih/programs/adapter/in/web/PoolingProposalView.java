package id.latih.programs.adapter.in.web;

import id.latih.programs.domain.PoolingProposal;
import java.util.List;

/**
 * A shared class proposed for a region, in the field names of a program request: a designer adopts it by adding a
 * title, method and dates and publishing it.
 */
record PoolingProposalView(String regionCode, String competencyCode, int affectedStaff, int capacity,
                           List<Target> targetCompetencies, List<Quota> seatQuotas, List<String> needIds) {

    record Target(String competencyCode, int targetLevel) {
    }

    record Quota(String agencyCode, int seats) {
    }

    static PoolingProposalView of(PoolingProposal p) {
        return new PoolingProposalView(p.regionCode(), p.competencyCode(), p.affectedStaff(), p.capacity(),
                List.of(new Target(p.competencyCode(), p.targetLevel())),
                p.quotas().stream().map(q -> new Quota(q.agencyCode(), q.seats())).toList(), p.needIds());
    }
}
