package id.latih.needs.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How several pieces of evidence about one competency combine into the employee's current level: the most trusted
 * source present decides, and within that source the most recent assessment (on equal dates, the one recorded last).
 * With the default precedence an assessment centre's result stands over the supervisor's, the supervisor's over a
 * peer's, a peer's over the employee's own. Evidence whose method is not in the precedence counts after all listed
 * sources. A precedence of one source per rank with {@code latestOnly} makes the most recent of any source decide.
 *
 * @param precedence most trusted first
 * @param latestOnly ignore the precedence: the most recent assessment of any source decides
 */
public record CurrentLevelRule(List<AssessmentSource> precedence, boolean latestOnly) {

    public CurrentLevelRule {
        precedence = List.copyOf(precedence);
    }

    public static CurrentLevelRule standard() {
        return new CurrentLevelRule(List.of(AssessmentSource.values()), false);
    }

    /** The deciding assessment of each competency, in the order competencies were first assessed. */
    public Map<String, Assessment> deciding(List<Assessment> assessments) {
        return assessments.stream().collect(Collectors.groupingBy(Assessment::competencyCode,
                LinkedHashMap::new, Collectors.collectingAndThen(Collectors.toList(), this::decide)));
    }

    private Assessment decide(List<Assessment> evidence) {
        Comparator<Assessment> byTrust = Comparator.comparingInt(this::rank);
        Comparator<Assessment> order = (latestOnly ? Comparator.<Assessment>comparingInt(a -> 0) : byTrust)
                .thenComparing(Assessment::assessedOn, Comparator.reverseOrder());
        // Sorting is stable: of two equally ranked ones, the one recorded later stays ahead.
        List<Assessment> recordedLastFirst = new ArrayList<>(evidence);
        Collections.reverse(recordedLastFirst);
        return recordedLastFirst.stream().sorted(order).findFirst().orElseThrow();
    }

    private int rank(Assessment a) {
        Optional<AssessmentSource> source = AssessmentSource.of(a.method());
        int index = source.map(precedence::indexOf).orElse(-1);
        return index < 0 ? precedence.size() : index;
    }
}
