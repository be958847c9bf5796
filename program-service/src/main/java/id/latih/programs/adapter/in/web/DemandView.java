package id.latih.programs.adapter.in.web;

import id.latih.programs.domain.Demand;
import java.util.List;

/** Unplanned needs of one agency for one competency: counts, and the need ids to plan for. */
record DemandView(String agencyCode, String competencyCode, int affectedStaff, double averageGap,
                  int highestRequiredLevel, List<String> needIds) {

    static DemandView of(Demand d) {
        return new DemandView(d.agencyCode(), d.competencyCode(), d.affectedStaff(),
                Math.round(d.averageGap() * 100) / 100.0, d.highestRequiredLevel(), d.needIds());
    }
}
