package id.latih.needs.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The competency-gap half of AKPK for one employee: for each competency with evidence, the assessment the
 * {@link CurrentLevelRule} picks gives the current level, and the position standards ({@link PositionRequirements})
 * give the required one; never the caller. Below the current position's level is a COMPETENCY_GAP need at that
 * level. Otherwise, below the next position's level is a NEXT_POSITION_GAP need at that level: the nearer target
 * first, and one need per competency, employee and year either way. A competency without evidence yields no need:
 * there is no current level to compare.
 */
public final class NeedsAnalysis {

    private NeedsAnalysis() {
    }

    public static List<Need> competencyGaps(Employee employee, int cycleYear, CurrentLevelRule rule,
                                            PositionRequirements requirements) {
        List<Need> needs = new ArrayList<>();
        rule.deciding(employee.assessments()).values().forEach(a -> {
            OptionalInt current = requirements.current(a.competencyCode());
            OptionalInt next = requirements.next(a.competencyCode());
            if (current.isPresent() && a.assessedLevel() < current.getAsInt()) {
                needs.add(need(employee, cycleYear, a, current.getAsInt(), "COMPETENCY_GAP:"));
            } else if (next.isPresent() && a.assessedLevel() < next.getAsInt()) {
                needs.add(need(employee, cycleYear, a, next.getAsInt(), "NEXT_POSITION_GAP:"));
            }
        });
        return needs;
    }

    private static Need need(Employee employee, int cycleYear, Assessment a, int required, String source) {
        return new Need(Need.idFor(employee.nip().value(), a.competencyCode(), cycleYear), employee.agencyCode(),
                employee.nip().value(), a.competencyCode(), a.kind(), a.assessedLevel(), required, cycleYear,
                NeedStatus.IDENTIFIED, source + a.method(), 1);
    }
}
