package id.latih.evaluations.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Thresholds for the verdict. No national guideline sets them (agencies apply Kirkpatrick by their own rules), so
 * each is a setting. A level without figures is left out of the verdict rather than counted as failed.
 *
 * @param minReactionPercent reaction index, as % of the top rating, at or above which level 1 is met
 * @param minClassGain       class gain at or above which level 2 is met
 * @param minShareApplying   share applying at or above which level 3 is met
 */
public record VerdictRules(double minReactionPercent, double minClassGain, double minShareApplying) {

    public Verdict verdict(Double reactionPercent, Double classGain, Double shareApplying) {
        List<Boolean> met = new ArrayList<>();
        if (reactionPercent != null) {
            met.add(reactionPercent >= minReactionPercent);
        }
        if (classGain != null) {
            met.add(classGain >= minClassGain);
        }
        if (shareApplying != null) {
            met.add(shareApplying >= minShareApplying);
        }
        if (met.isEmpty()) {
            return Verdict.INCONCLUSIVE;
        }
        if (met.stream().allMatch(Boolean::booleanValue)) {
            return Verdict.EFFECTIVE;
        }
        return met.contains(true) ? Verdict.PARTLY_EFFECTIVE : Verdict.NOT_EFFECTIVE;
    }
}
