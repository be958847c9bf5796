package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PositionStandardTest {

    @Test
    void a_level_outside_one_to_five_is_refused_naming_the_competency() {
        assertThatThrownBy(() -> new PositionStandard("3273.DINKES", "Perawat", null, Map.of("M.05", 6)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("M.05");
        assertThatThrownBy(() -> new PositionStandard("3273.DINKES", "Perawat", null, Map.of("M.05", 0)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_position_is_not_its_own_next_position() {
        assertThatThrownBy(() -> new PositionStandard("3273.DINKES", "Perawat", " perawat ", Map.of()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void titles_differing_only_in_spacing_and_case_are_one_position() {
        assertThat(PositionStandard.keyOf("  Kepala   Seksi Surveilans ")).isEqualTo(PositionStandard.keyOf(
                "kepala seksi surveilans"));
    }

    @Test
    void without_a_standard_a_functional_position_has_no_managerial_level_unless_configured() {
        PositionRequirements none = new PositionRequirements(JobType.FUNGSIONAL, null, null,
                new RequiredLevelDefaults(0));
        PositionRequirements configured = new PositionRequirements(JobType.FUNGSIONAL, null, null,
                new RequiredLevelDefaults(2));

        assertThat(none.current("M.01")).isEmpty();
        assertThat(configured.current("M.01")).hasValue(2);
        assertThat(configured.current("T.KES.01")).isEmpty();
    }
}
