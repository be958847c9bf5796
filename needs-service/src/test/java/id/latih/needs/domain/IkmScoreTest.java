package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.needs.domain.IkmRules.Rounding;
import id.latih.needs.domain.IkmRules.Weight;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IKM = (sum of element means x weight) x 25, against values computed by hand. */
class IkmScoreTest {

    private static final Map<IkmElement, List<String>> MAPPING = Map.of(
            IkmElement.U6, List.of("M.05"), IkmElement.U7, List.of("M.03", "M.05"));

    private static IkmRules rules(Weight weight, Rounding rounding) {
        return new IkmRules(weight, rounding, 76.61, MAPPING);
    }

    private static long[] every(long total) {
        long[] totals = new long[9];
        java.util.Arrays.fill(totals, total);
        return totals;
    }

    @Test
    void all_answers_4_give_99_90_with_the_regulations_weight_and_100_with_one_ninth() {
        assertThat(IkmScore.of(every(4), 1, rules(Weight.REGULATION, Rounding.FINAL)).ikm()).isEqualTo(99.90);
        assertThat(IkmScore.of(every(4), 1, rules(Weight.EXACT, Rounding.FINAL)).ikm()).isEqualTo(100.00);
        assertThat(IkmScore.of(every(4), 1, rules(Weight.REGULATION, Rounding.FINAL)).grade()).isEqualTo(IkmGrade.A);
    }

    @Test
    void all_answers_1_give_24_98_with_the_regulations_weight_graded_D() {
        // 9 x 1 x 0.111 x 25 = 24.975, half up to 24.98; with 1/9 exactly 25.00.
        IkmScore regulation = IkmScore.of(every(1), 1, rules(Weight.REGULATION, Rounding.FINAL));

        assertThat(regulation.ikm()).isEqualTo(24.98);
        assertThat(regulation.grade()).isEqualTo(IkmGrade.D);
        assertThat(IkmScore.of(every(1), 1, rules(Weight.EXACT, Rounding.FINAL)).ikm()).isEqualTo(25.00);
        assertThat(regulation.weakElements()).hasSize(9);
    }

    @Test
    void two_respondents_give_element_means_the_index_and_its_weak_elements() {
        // Respondents [4,4,3,3,4,3,2,3,3] and [3,4,3,2,4,3,2,3,4]: totals 7,8,6,5,8,6,4,6,7,
        // means 3.5,4,3,2.5,4,3,2,3,3.5 summing to 28.5; 28.5 x 0.111 x 25 = 79.0875 -> 79.09 (B);
        // 28.5 / 9 x 25 = 79.1666.. -> 79.17.
        long[] totals = {7, 8, 6, 5, 8, 6, 4, 6, 7};

        IkmScore score = IkmScore.of(totals, 2, rules(Weight.REGULATION, Rounding.FINAL));

        assertThat(score.ikm()).isEqualTo(79.09);
        assertThat(score.grade()).isEqualTo(IkmGrade.B);
        assertThat(score.elementMeans()).containsEntry(IkmElement.U4, 2.5).containsEntry(IkmElement.U9, 3.5);
        assertThat(IkmScore.of(totals, 2, rules(Weight.EXACT, Rounding.FINAL)).ikm()).isEqualTo(79.17);
        // Means x 25 below 76.61 (3.0 -> 75, 2.5 -> 62.5, 2.0 -> 50) are weak.
        assertThat(score.weakElements()).extracting(IkmScore.WeakElement::element)
                .containsExactly(IkmElement.U3, IkmElement.U4, IkmElement.U6, IkmElement.U7, IkmElement.U8);
        assertThat(score.weakElements()).filteredOn(w -> w.element() == IkmElement.U7).singleElement()
                .satisfies(w -> {
                    assertThat(w.mean()).isEqualTo(2.0);
                    assertThat(w.competencies()).containsExactly("M.03", "M.05");
                });
        assertThat(score.weakElements()).filteredOn(w -> w.element() == IkmElement.U3).singleElement()
                .satisfies(w -> assertThat(w.competencies()).isEmpty());
    }

    @Test
    void rounding_each_element_mean_first_changes_the_index_as_some_reports_do() {
        // Three respondents answering 4, 3, 3 everywhere: each mean 3.333..; finally rounded:
        // 30 x 0.111 x 25 = 83.25. Means rounded first: 3.33 x 9 = 29.97 x 0.111 x 25 = 83.16675 -> 83.17.
        assertThat(IkmScore.of(every(10), 3, rules(Weight.REGULATION, Rounding.FINAL)).ikm()).isEqualTo(83.25);
        IkmScore perElement = IkmScore.of(every(10), 3, rules(Weight.REGULATION, Rounding.PER_ELEMENT));
        assertThat(perElement.ikm()).isEqualTo(83.17);
        assertThat(perElement.elementMeans()).containsEntry(IkmElement.U1, 3.33);
    }

    @Test
    void an_element_is_weak_only_below_the_threshold() {
        // Ten respondents: U7 totals 30 (mean 3.0 -> 75.00, weak), U6 totals 31 (mean 3.1 -> 77.50, not weak).
        long[] totals = every(40);
        totals[IkmElement.U6.ordinal()] = 31;
        totals[IkmElement.U7.ordinal()] = 30;

        IkmScore score = IkmScore.of(totals, 10, rules(Weight.REGULATION, Rounding.FINAL));

        assertThat(score.weakElements()).extracting(IkmScore.WeakElement::element).containsExactly(IkmElement.U7);
    }

    @Test
    void grades_follow_the_regulations_bands_at_their_edges() {
        assertThat(IkmGrade.of(100.00)).isEqualTo(IkmGrade.A);
        assertThat(IkmGrade.of(88.31)).isEqualTo(IkmGrade.A);
        assertThat(IkmGrade.of(88.30)).isEqualTo(IkmGrade.B);
        assertThat(IkmGrade.of(76.61)).isEqualTo(IkmGrade.B);
        assertThat(IkmGrade.of(76.60)).isEqualTo(IkmGrade.C);
        assertThat(IkmGrade.of(65.00)).isEqualTo(IkmGrade.C);
        assertThat(IkmGrade.of(64.99)).isEqualTo(IkmGrade.D);
        assertThat(IkmGrade.of(24.98)).isEqualTo(IkmGrade.D);
    }
}
