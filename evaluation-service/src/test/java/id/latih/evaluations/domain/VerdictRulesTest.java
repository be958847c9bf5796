package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictRulesTest {

    private static final VerdictRules RULES = new VerdictRules(70, 0.3, 0.5);

    @Test
    void every_level_met_at_its_threshold_is_effective() {
        assertThat(RULES.verdict(70.0, 0.3, 0.5)).isEqualTo(Verdict.EFFECTIVE);
    }

    @Test
    void some_levels_met_is_partly_effective_and_none_not_effective() {
        assertThat(RULES.verdict(80.0, 0.29, 0.6)).isEqualTo(Verdict.PARTLY_EFFECTIVE);
        assertThat(RULES.verdict(69.9, 0.1, 0.4)).isEqualTo(Verdict.NOT_EFFECTIVE);
    }

    @Test
    void a_level_without_figures_is_left_out_and_no_figures_at_all_is_inconclusive() {
        assertThat(RULES.verdict(null, 0.45, null)).isEqualTo(Verdict.EFFECTIVE);
        assertThat(RULES.verdict(null, 0.2, null)).isEqualTo(Verdict.NOT_EFFECTIVE);
        assertThat(RULES.verdict(null, null, null)).isEqualTo(Verdict.INCONCLUSIVE);
    }
}
