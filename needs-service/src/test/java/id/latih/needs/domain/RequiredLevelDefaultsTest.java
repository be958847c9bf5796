package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RequiredLevelDefaultsTest {

    private final RequiredLevelDefaults none = new RequiredLevelDefaults(0);

    @Test
    void managerial_competencies_take_the_job_types_level() {
        assertThat(none.of(JobType.JPT_MADYA, "M.01")).hasValue(5);
        assertThat(none.of(JobType.JPT_PRATAMA, "M.08")).hasValue(4);
        assertThat(none.of(JobType.ADMINISTRATOR, "M.05")).hasValue(3);
        assertThat(none.of(JobType.PENGAWAS, "M.03")).hasValue(2);
        assertThat(none.of(JobType.PELAKSANA, "M.02")).hasValue(1);
    }

    @Test
    void technical_and_socio_cultural_competencies_have_no_default() {
        assertThat(none.of(JobType.ADMINISTRATOR, "T.KES.01")).isEqualTo(OptionalInt.empty());
        assertThat(none.of(JobType.ADMINISTRATOR, "SK.01")).isEqualTo(OptionalInt.empty());
    }

    @Test
    void functional_positions_have_a_default_only_when_configured() {
        assertThat(none.of(JobType.FUNGSIONAL, "M.01")).isEqualTo(OptionalInt.empty());
        assertThat(new RequiredLevelDefaults(2).of(JobType.FUNGSIONAL, "M.01")).hasValue(2);
        assertThatThrownBy(() -> new RequiredLevelDefaults(6)).isInstanceOf(IllegalArgumentException.class);
    }
}
