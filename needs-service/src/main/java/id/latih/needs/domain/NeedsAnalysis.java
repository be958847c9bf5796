package id.latih.needs.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The competency-gap half of AKPK: for each competency, the latest assessment decides; a level below the required
 * one is a need. (The performance-gap half, from SKP appraisal, comes with the appraisal data.)
 */
public final class NeedsAnalysis {

    private NeedsAnalysis() {
    }

    public static List<Need> competencyGaps(Employee employee, int cycleYear) {
        Map<String, Assessment> latest = new LinkedHashMap<>();
        employee.assessments().stream()
                .sorted(Comparator.comparing(Assessment::assessedOn))
                .forEach(a -> latest.put(a.competencyCode(), a));
        return latest.values().stream()
                .filter(a -> a.gap() > 0)
                .map(a -> new Need(Need.idFor(employee.nip().value(), a.competencyCode(), cycleYear),
                        employee.agencyCode(), employee.nip().value(), a.competencyCode(), a.kind(),
                        a.assessedLevel(), a.requiredLevel(), cycleYear, NeedStatus.IDENTIFIED,
                        "COMPETENCY_GAP:" + a.method(), 1))
                .toList();
    }
}
