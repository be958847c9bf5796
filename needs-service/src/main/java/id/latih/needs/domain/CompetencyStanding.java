package id.latih.needs.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Where an employee stands in one competency: the current level the {@link CurrentLevelRule} picks (null without
 * evidence) and from which source and date, what the current and next positions require (null where nothing is
 * required), and the gap to the current position (0 when met or not measurable). A competency the standard requires
 * but nobody has assessed shows up with no level: evidence the agency still has to collect.
 */
public record CompetencyStanding(String competencyCode, Integer currentLevel, String source, LocalDate assessedOn,
                                 Integer requiredLevel, Integer nextRequiredLevel, int gap) {

    /** Every competency the employee has evidence for or a position requires, by code. */
    public static List<CompetencyStanding> of(Employee employee, CurrentLevelRule rule,
                                              PositionRequirements requirements) {
        Map<String, Assessment> deciding = new LinkedHashMap<>(rule.deciding(employee.assessments()));
        TreeSet<String> codes = new TreeSet<>(deciding.keySet());
        if (requirements.current() != null) {
            codes.addAll(requirements.current().requiredLevels().keySet());
        }
        if (requirements.next() != null) {
            codes.addAll(requirements.next().requiredLevels().keySet());
        }
        List<CompetencyStanding> standings = new ArrayList<>();
        for (String code : codes) {
            Assessment a = deciding.get(code);
            Integer required = boxed(requirements.current(code));
            Integer next = boxed(requirements.next(code));
            int gap = a == null || required == null ? 0 : Math.max(0, required - a.assessedLevel());
            standings.add(new CompetencyStanding(code, a == null ? null : a.assessedLevel(),
                    a == null ? null : a.method(), a == null ? null : a.assessedOn(), required, next, gap));
        }
        return standings;
    }

    private static Integer boxed(OptionalInt level) {
        return level.isPresent() ? level.getAsInt() : null;
    }
}
