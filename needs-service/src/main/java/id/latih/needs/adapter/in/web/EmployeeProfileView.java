package id.latih.needs.adapter.in.web;

import id.latih.needs.application.EmployeeProfile.Profile;
import id.latih.needs.domain.CompetencyStanding;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee's competency profile: position, each competency's standing (current level and its source against the
 * current and next positions' levels, the gap), the yearly SKP ratings, and the needs history: their own needs and
 * the AKPK needs of their agency that name them.
 */
record EmployeeProfileView(String nip, String agencyCode, String positionTitle, String jobType,
                           String nextPositionTitle, List<StandingView> competencies,
                           List<EmployeeView.RatingView> performanceRatings, List<NeedView> needs,
                           List<AkpkNeedView> akpkNeeds) {

    /** One competency: current level (null: no evidence) and its source, required now and next, the gap. */
    record StandingView(String competencyCode, Integer currentLevel, String source, LocalDate assessedOn,
                        Integer requiredLevel, Integer nextRequiredLevel, int gap) {

        static StandingView of(CompetencyStanding s) {
            return new StandingView(s.competencyCode(), s.currentLevel(), s.source(), s.assessedOn(),
                    s.requiredLevel(), s.nextRequiredLevel(), s.gap());
        }
    }

    /** An AKPK need naming the employee: which, of what year, where it stands; no other staff are shown. */
    record AkpkNeedView(String id, int cycleYear, String competencyCode, int targetLevel, String status) {
    }

    static EmployeeProfileView of(Profile p) {
        EmployeeView employee = EmployeeView.of(p.employee());
        return new EmployeeProfileView(employee.nip(), employee.agencyCode(), employee.positionTitle(),
                employee.jobType(), p.nextPositionTitle(),
                p.competencies().stream().map(StandingView::of).toList(), employee.performanceRatings(),
                p.needs().stream().map(NeedView::of).toList(),
                p.akpkNeeds().stream().map(n -> new AkpkNeedView(n.id(), n.cycleYear(), n.competencyCode(),
                        n.targetLevel(), n.status().name())).toList());
    }
}
