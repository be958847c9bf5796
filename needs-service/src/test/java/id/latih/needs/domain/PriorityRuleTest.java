package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** priority = sum of gap x (1 + performanceWeight x performanceGap) + ikmWeight x weakUnits, to two decimals. */
class PriorityRuleTest {

    private final PriorityRule defaults = new PriorityRule(0.25, 5);

    @Test
    void gaps_weighted_by_performance_plus_weak_units_by_hand() {
        // 2 x 1 + 1 x (1 + 0.25 x 2) + 5 x 1 = 2 + 1.5 + 5 = 8.5
        List<StaffGap> staff = List.of(new StaffGap("A", 1, 3, 0), new StaffGap("B", 2, 3, 2));

        assertThat(defaults.priority(staff, 1)).isEqualTo(8.5);
    }

    @Test
    void a_sangat_kurang_rating_weighs_the_gap_one_and_three_quarters() {
        // 3 x (1 + 0.25 x 3) = 5.25
        assertThat(defaults.priority(List.of(new StaffGap("A", 1, 4, 3)), 0)).isEqualTo(5.25);
    }

    @Test
    void many_staff_with_small_gaps_outrank_one_deep_gap() {
        List<StaffGap> many = List.of(new StaffGap("A", 2, 3, 0), new StaffGap("B", 2, 3, 0),
                new StaffGap("C", 2, 3, 0), new StaffGap("D", 2, 3, 0));
        List<StaffGap> one = List.of(new StaffGap("E", 1, 4, 0));

        assertThat(defaults.priority(many, 0)).isEqualTo(4.0);
        assertThat(defaults.priority(one, 0)).isEqualTo(3.0);
    }

    @Test
    void no_staff_and_no_weak_unit_is_zero_and_weights_are_settings() {
        assertThat(defaults.priority(List.of(), 0)).isZero();
        // weights 1 and 0.5: 1 x (1 + 1 x 1) + 0.5 x 3 = 2 + 1.5 = 3.5
        assertThat(new PriorityRule(1, 0.5).priority(List.of(new StaffGap("A", 2, 3, 1)), 3)).isEqualTo(3.5);
    }

    @Test
    void rounding_is_to_two_decimals() {
        // weight 1/3: 1 x (1 + 1/3) = 1.3333 -> 1.33
        assertThat(new PriorityRule(1.0 / 3, 0).priority(List.of(new StaffGap("A", 2, 3, 1)), 0)).isEqualTo(1.33);
    }
}
