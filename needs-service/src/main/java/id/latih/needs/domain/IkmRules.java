package id.latih.needs.domain;

import java.util.List;
import java.util.Map;

/**
 * How an agency's IKM is computed where published reports differ (domain brief): the element weight, where to round,
 * which element means count as weak, and which competencies a weak element points to.
 *
 * @param weight               0.111 as the regulation prints it, or exactly 1/9
 * @param rounding             round only the final value, or also each element mean (to two decimals) first
 * @param weakElementBelow     an element is weak when its mean x 25 is below this (76.61: graded C or D)
 * @param elementCompetencies  the competencies a weak element points to (e.g. U7 behaviour -> M.03 Komunikasi)
 */
public record IkmRules(Weight weight, Rounding rounding, double weakElementBelow,
                       Map<IkmElement, List<String>> elementCompetencies) {

    public enum Weight {
        /** 0.111, as PermenPANRB 14/2017 prints it: all answers 4 give 99.90. */
        REGULATION,
        /** Exactly 1/9, the mean of the nine element means: all answers 4 give 100.00. */
        EXACT
    }

    public enum Rounding {
        /** Only the final value, to two decimals. */
        FINAL,
        /** Each element mean to two decimals before weighting, then the final value to two decimals. */
        PER_ELEMENT
    }

    public IkmRules {
        elementCompetencies = Map.copyOf(elementCompetencies);
    }

    public List<String> competenciesOf(IkmElement element) {
        return elementCompetencies.getOrDefault(element, List.of());
    }
}
