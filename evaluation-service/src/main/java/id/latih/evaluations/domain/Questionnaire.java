package id.latih.evaluations.domain;

import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reaction questionnaire (Kirkpatrick level 1): items grouped by the five aspects, rated 1 to {@code scaleMax} (4 or
 * 5: both are in use), and a free-text comment of at most {@code commentMaxLength} characters (0: none asked). Each
 * organiser may publish its own; each publication is a new {@code version}, so an answer keeps the version it
 * answered and old answers stay readable. Version 0 is the service's default, from the settings.
 */
public record Questionnaire(int version, List<QuestionnaireItem> items, int scaleMax, int commentMaxLength) {

    /** The scales in use: 1-4 (no neutral middle) and 1-5. */
    public static final Set<Integer> SCALES = Set.of(4, 5);
    /** Items one questionnaire may have: more than any form in use, few enough to answer. */
    public static final int MAX_ITEMS = 30;
    /** Characters an item's code may have. */
    public static final int MAX_CODE = 30;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_CODE + "}");

    public Questionnaire {
        items = List.copyOf(items);
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidValueException("items", "must have 1 to " + MAX_ITEMS + " items");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireItem item = items.get(i);
            if (item.code() == null || !CODE.matcher(item.code()).matches()) {
                throw new InvalidValueException("items[" + i + "].code", "must be 1 to " + MAX_CODE
                        + " letters, digits, _ or -");
            }
            if (!codes.add(item.code())) {
                throw new InvalidValueException("items[" + i + "].code", "appears twice");
            }
            if (item.aspect() == null) {
                throw new InvalidValueException("items[" + i + "].aspect", "must be one of the five aspects");
            }
        }
        if (!SCALES.contains(scaleMax)) {
            throw new InvalidValueException("scaleMax", "must be 4 or 5");
        }
        if (commentMaxLength < 0) {
            throw new InvalidValueException("commentMaxLength", "must be 0 or more");
        }
    }

    /** The default form: one item per aspect, each named by its aspect ({@code RELEVANCE} ... {@code FACILITIES}). */
    public static Questionnaire standard(List<String> aspects, int scaleMax, int commentMaxLength) {
        List<QuestionnaireItem> items = aspects.stream().map(a -> {
            try {
                return new QuestionnaireItem(a, ReactionAspect.valueOf(a), a);
            } catch (IllegalArgumentException unknown) {
                throw new InvalidValueException("reactionItems", a + " is not one of the five aspects");
            }
        }).toList();
        return new Questionnaire(0, items, scaleMax, commentMaxLength);
    }

    /** The items by aspect, in the order of the aspects. */
    public Map<ReactionAspect, List<QuestionnaireItem>> byAspect() {
        Map<ReactionAspect, List<QuestionnaireItem>> grouped = new LinkedHashMap<>();
        for (ReactionAspect aspect : ReactionAspect.values()) {
            List<QuestionnaireItem> of = items.stream().filter(i -> i.aspect() == aspect).toList();
            if (!of.isEmpty()) {
                grouped.put(aspect, of);
            }
        }
        return grouped;
    }

    public Optional<ReactionAspect> aspectOf(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).map(QuestionnaireItem::aspect).findFirst();
    }

    /**
     * The participant's answer, checked: every item rated once on the scale, no item the form does not have, the
     * comment within the form's bound. The answer keeps this version and scale.
     */
    public Reaction answer(Map<String, Integer> ratings, String comments, Instant answeredAt) {
        for (String given : ratings.keySet()) {
            if (aspectOf(given).isEmpty()) {
                throw new InvalidValueException("ratings." + given, "is not an item of questionnaire version "
                        + version);
            }
        }
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (QuestionnaireItem item : items) {
            Integer rating = ratings.get(item.code());
            if (rating == null || rating < 1 || rating > scaleMax) {
                throw new InvalidValueException("ratings." + item.code(), "must be rated from 1 to " + scaleMax);
            }
            checked.put(item.code(), rating);
        }
        String comment = comments == null || comments.isBlank() ? null : comments.strip();
        if (comment != null && comment.length() > commentMaxLength) {
            throw new InvalidValueException("comments", commentMaxLength == 0 ? "this questionnaire asks for none"
                    : "may have at most " + commentMaxLength + " characters");
        }
        return new Reaction(checked, comment, answeredAt, version, scaleMax);
    }
}
