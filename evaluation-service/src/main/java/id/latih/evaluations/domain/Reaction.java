package id.latih.evaluations.domain;

import java.time.Instant;
import java.util.Map;

/**
 * A participant's answer to the reaction questionnaire (Kirkpatrick level 1), with the questionnaire version it
 * answered and that version's scale. Answers stored before versions existed read 0 for both: the default form, on
 * the default scale.
 */
public record Reaction(Map<String, Integer> ratings, String comments, Instant answeredAt, int questionnaireVersion,
                       int scaleMax) {

    public Reaction {
        ratings = Map.copyOf(ratings);
    }

    /** The mean of this participant's ratings, on the questionnaire's scale. */
    public double mean() {
        return ratings.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    /** The mean as a percentage of the top rating, on {@code defaultScale} for an answer that did not record one. */
    public double percentOfTop(int defaultScale) {
        return mean() / (scaleMax > 0 ? scaleMax : defaultScale) * 100;
    }
}
