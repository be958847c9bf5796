package id.latih.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompetencyCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"M.01", "M.05", "M.08", "SK.01", "T.KES.01", "T.DISDIK.120", "T.K3.07"})
    void codes_of_the_dictionary_are_known(String code) {
        assertThat(CompetencyCodes.isKnown(code)).isTrue();
        assertThat(CompetencyCodes.require("competencyCode", code)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"m.05", "M.00", "M.09", "M.5", "SK.02", "ZZZZ.01", "T.kes.01", "T.KES.1", "T.KES",
            "T.3K.01", "T.ABCDEFGHIJK.01", " M.05", ""})
    void lower_case_unknown_or_malformed_codes_are_refused_naming_the_field(String code) {
        assertThat(CompetencyCodes.isKnown(code)).isFalse();
        assertThatThrownBy(() -> CompetencyCodes.require("competencyCode", code))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("competencyCode"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"M.01", "M.08"})
    void managerial_codes_are_managerial(String code) {
        assertThat(CompetencyCodes.isManagerial(code)).isTrue();
        assertThat(CompetencyCodes.isTechnical(code)).isFalse();
    }
}
