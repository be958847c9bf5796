package id.latih.evaluations.domain;

import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The level 1 (reaction) questionnaire: the items a participant rates and the scale, 1 to {@code scaleMax}. The
 * defaults rate relevance, material, facilitator, organisation and facilities on 1-5; both are settings, because
 * organisers use their own forms.
 */
public record Questionnaire(List<String> items, int scaleMax) {

    public Questionnaire {
        items = List.copyOf(items);
        if (items.isEmpty() || scaleMax < 2) {
            throw new InvalidValueException("questionnaire", "needs at least one item and a scale of 2 or more");
        }
    }

    /** The participant's answer, checked: every item rated once on the scale, no item the form does not have. */
    public Reaction answer(Map<String, Integer> ratings, String comments, Instant answeredAt) {
        for (String given : ratings.keySet()) {
            if (!items.contains(given)) {
                throw new InvalidValueException("ratings." + given, "is not an item of the questionnaire " + items);
            }
        }
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (String item : items) {
            Integer rating = ratings.get(item);
            if (rating == null || rating < 1 || rating > scaleMax) {
                throw new InvalidValueException("ratings." + item, "must be rated from 1 to " + scaleMax);
            }
            checked.put(item, rating);
        }
        return new Reaction(checked, comments == null || comments.isBlank() ? null : comments.strip(), answeredAt);
    }
}
