package id.latih.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetCeilingTest {

    private final BudgetCeiling fifty = new BudgetCeiling("3273.DINKES", 2026, 50_000_000);

    @Test
    void planning_up_to_the_ceiling_exactly_is_allowed_one_rupiah_more_is_not() {
        assertThat(fifty.allows(40_000_000, 10_000_000)).isTrue();
        assertThat(fifty.allows(40_000_000, 10_000_001)).isFalse();
        assertThat(fifty.allows(0, 0)).isTrue();
    }
}
