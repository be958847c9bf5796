package id.latih.needs.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The IKM of one survey: the mean of each element, the index, its grade and the weak elements. IKM = (sum of element
 * means x weight) x 25, computed in decimal arithmetic so a unit can reconcile it with its own report to the cent.
 *
 * @param elementMeans  each element's mean answer (1..4), as used in the index (rounded first under PER_ELEMENT)
 * @param ikm           the index, 25..100, rounded half up to two decimals
 */
public record IkmScore(Map<IkmElement, Double> elementMeans, double ikm, IkmGrade grade,
                       List<WeakElement> weakElements) {

    private static final int MEAN_SCALE = 10;
    private static final BigDecimal REGULATION_WEIGHT = new BigDecimal("0.111");
    private static final BigDecimal SCALE_TO_100 = BigDecimal.valueOf(25);
    private static final BigDecimal ELEMENTS = BigDecimal.valueOf(IkmElement.values().length);

    /** A weak element, its mean, and the competencies of the unit's staff it points to. */
    public record WeakElement(IkmElement element, double mean, List<String> competencies) {
    }

    public IkmScore {
        elementMeans = Map.copyOf(elementMeans);
        weakElements = List.copyOf(weakElements);
    }

    /** Scores the answer totals per element (in {@link IkmElement} order) of {@code respondents} respondents. */
    public static IkmScore of(long[] elementTotals, int respondents, IkmRules rules) {
        Map<IkmElement, Double> means = new EnumMap<>(IkmElement.class);
        BigDecimal sumOfMeans = BigDecimal.ZERO;
        for (IkmElement element : IkmElement.values()) {
            BigDecimal mean = BigDecimal.valueOf(elementTotals[element.ordinal()])
                    .divide(BigDecimal.valueOf(respondents), MEAN_SCALE, RoundingMode.HALF_UP);
            if (rules.rounding() == IkmRules.Rounding.PER_ELEMENT) {
                mean = mean.setScale(2, RoundingMode.HALF_UP);
            }
            means.put(element, mean.doubleValue());
            sumOfMeans = sumOfMeans.add(mean);
        }
        BigDecimal weighted = rules.weight() == IkmRules.Weight.REGULATION
                ? sumOfMeans.multiply(REGULATION_WEIGHT).multiply(SCALE_TO_100)
                : sumOfMeans.multiply(SCALE_TO_100).divide(ELEMENTS, MEAN_SCALE, RoundingMode.HALF_UP);
        double ikm = weighted.setScale(2, RoundingMode.HALF_UP).doubleValue();
        return new IkmScore(means, ikm, IkmGrade.of(ikm), weak(means, rules));
    }

    private static List<WeakElement> weak(Map<IkmElement, Double> means, IkmRules rules) {
        List<WeakElement> weak = new ArrayList<>();
        means.forEach((element, mean) -> {
            double score = BigDecimal.valueOf(mean).multiply(SCALE_TO_100).setScale(2, RoundingMode.HALF_UP)
                    .doubleValue();
            if (score < rules.weakElementBelow()) {
                weak.add(new WeakElement(element, mean, rules.competenciesOf(element)));
            }
        });
        return weak;
    }
}
