package id.latih.needs.domain;

import java.util.List;

/**
 * The competency-gap half of AKPK: for each competency, the assessment the {@link CurrentLevelRule} picks decides;
 * a level below the required one is a need. (The performance-gap half, from SKP appraisal, comes with the appraisal
 * data.)
 */
public final class NeedsAnalysis {

    private NeedsAnalysis() {
    }

    public static List<Need> competencyGaps(Employee employee, int cycleYear) {
        return competencyGaps(employee, cycleYear, CurrentLevelRule.standard());
    }

    /** The needs from the assessment that {@code rule} lets decide each competency. */
    public static List<Need> competencyGaps(Employee employee, int cycleYear, CurrentLevelRule rule) {
        return rule.deciding(employee.assessments()).values().stream()
                .filter(a -> a.gap() > 0)
                .map(a -> new Need(Need.idFor(employee.nip().value(), a.competencyCode(), cycleYear),
                        employee.agencyCode(), employee.nip().value(), a.competencyCode(), a.kind(),
                        a.assessedLevel(), a.requiredLevel(), cycleYear, NeedStatus.IDENTIFIED,
                        "COMPETENCY_GAP:" + a.method(), 1))
                .toList();
    }
}
