package id.latih.needs.application;

import id.latih.needs.domain.IkmElement;
import id.latih.needs.domain.IkmRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The IKM settings ({@code latih.needs.ikm}); every default is in {@code application.yml} and explained there.
 *
 * @param weight               REGULATION (0.111, default) or EXACT (1/9)
 * @param rounding             FINAL (default) or PER_ELEMENT
 * @param weakElementBelow     an element whose mean x 25 is below this is weak (default 76.61: graded C or D)
 * @param elementCompetencies  competency codes each weak element points to (defaults: U6, U7, U9)
 * @param unitStaffStep        levels above their current one that the staff of a unit with weak elements are asked to
 *                             rise in the competencies those elements point to, when their positions ask no more
 *                             (default 1; 0: a weak unit adds no staff, and then counts in no need)
 */
@ConfigurationProperties("latih.needs.ikm")
public record IkmProperties(IkmRules.Weight weight, IkmRules.Rounding rounding, Double weakElementBelow,
                            Map<IkmElement, List<String>> elementCompetencies, Integer unitStaffStep) {

    public IkmProperties {
        weight = weight == null ? IkmRules.Weight.REGULATION : weight;
        rounding = rounding == null ? IkmRules.Rounding.FINAL : rounding;
        weakElementBelow = weakElementBelow == null ? 76.61 : weakElementBelow;
        elementCompetencies = elementCompetencies == null ? Map.of() : elementCompetencies;
        unitStaffStep = unitStaffStep == null ? 1 : unitStaffStep;
        if (unitStaffStep < 0 || unitStaffStep > 4) {
            throw new IllegalArgumentException("latih.needs.ikm.unit-staff-step is 0..4");
        }
    }

    public IkmRules rules() {
        Map<IkmElement, List<String>> map = new EnumMap<>(IkmElement.class);
        map.putAll(elementCompetencies);
        return new IkmRules(weight, rounding, weakElementBelow, map);
    }
}
