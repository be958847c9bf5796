package id.latih.evaluations.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's rating of how a participant applies the program's competencies on the job (Kirkpatrick level 3):
 * per competency, the level observed (1 Paham .. 5 Ahli). A list rather than a map keyed by code: competency codes
 * contain dots, which a document store does not take in field names.
 */
public record BehaviourRating(List<ObservedLevel> observed, String supervisorNip, Instant ratedAt) {

    /** One competency's level as seen on the job. */
    public record ObservedLevel(String competencyCode, int level) {
    }

    public BehaviourRating {
        observed = List.copyOf(observed);
    }

    public static BehaviourRating of(Map<String, Integer> levels, String supervisorNip, Instant ratedAt) {
        return new BehaviourRating(levels.entrySet().stream()
                .map(e -> new ObservedLevel(e.getKey(), e.getValue())).toList(), supervisorNip, ratedAt);
    }

    public Map<String, Integer> observedLevels() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        observed.forEach(o -> levels.put(o.competencyCode(), o.level()));
        return levels;
    }
}
