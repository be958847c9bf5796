package id.latih.needs.adapter.in.web;

import id.latih.needs.application.AgencyNeedSummary;
import id.latih.needs.domain.AgencyNeed;
import id.latih.needs.domain.StaffGap;
import java.util.List;

/**
 * An AKPK need: its figures and evidence; in the one-need view also a page of its staff, largest gap first. Only
 * callers who may read every employee of the agency (its roles, its head, oversight analysts) receive it.
 */
record AgencyNeedView(String id, String agencyCode, int cycleYear, String competencyCode, String kind,
                      int staffAffected, int targetLevel, double meanGap, int lowestLevel, int weakUnits,
                      List<String> evidence, double priority, String status, boolean supported,
                      List<StaffView> staff, Integer staffPage) {

    record StaffView(String nip, int currentLevel, int targetLevel, int gap, int performanceGap) {

        static StaffView of(StaffGap s) {
            return new StaffView(s.nip(), s.currentLevel(), s.targetLevel(), s.gap(), s.performanceGap());
        }
    }

    static AgencyNeedView of(AgencyNeedSummary n) {
        return new AgencyNeedView(n.id(), n.agencyCode(), n.cycleYear(), n.competencyCode(), n.kind(),
                n.staffAffected(), n.targetLevel(), n.meanGap(), n.lowestLevel(), n.weakUnits(), n.evidence(),
                n.priority(), n.status().name(), n.supported(), null, null);
    }

    static AgencyNeedView of(AgencyNeed n, int page, int size) {
        List<StaffView> staff = n.staff().stream().skip((long) page * size).limit(size).map(StaffView::of).toList();
        return new AgencyNeedView(n.id(), n.agencyCode(), n.cycleYear(), n.competencyCode(), n.kind().name(),
                n.staff().size(), n.targetLevel(), n.meanGap(), n.lowestLevel(), n.weakUnits(), n.evidence(),
                n.priority(), n.status().name(), n.supported(), staff, page);
    }
}
