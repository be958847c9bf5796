package id.latih.evaluations.domain;

import java.time.Instant;
import java.util.Map;

/** A participant's answer to the reaction questionnaire (Kirkpatrick level 1). */
public record Reaction(Map<String, Integer> ratings, String comments, Instant answeredAt) {

    public Reaction {
        ratings = Map.copyOf(ratings);
    }

    /** The mean of this participant's ratings, on the questionnaire's scale. */
    public double mean() {
        return ratings.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
