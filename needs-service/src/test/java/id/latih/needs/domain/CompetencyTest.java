package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetencyTest {

    private static final List<String> FIVE = List.of("1", "2", "3", "4", "5");

    @Test
    void the_national_dictionary_holds_the_eight_managerial_and_the_socio_cultural_competency() {
        assertThat(BuiltInCompetencies.ALL).extracting(Competency::code).containsExactly("M.01", "M.02", "M.03",
                "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01");
        assertThat(BuiltInCompetencies.ALL).allSatisfy(c -> assertThat(c.levelDescriptors()).hasSize(5));
        assertThat(BuiltInCompetencies.ALL.get(4).name()).isEqualTo("Pelayanan Publik");
    }

    @Test
    void an_agency_defines_technical_competencies_only() {
        assertThatThrownBy(() -> Competency.technical("M.05", "Layanan", "x", FIVE, DictionaryOwner.AGENCY,
                "3273.DINKES")).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("code"));
    }

    @Test
    void a_competency_describes_exactly_five_levels() {
        assertThatThrownBy(() -> Competency.technical("T.KES.01", "Surveilans", "x", List.of("1", "2"),
                DictionaryOwner.AGENCY, "3273.DINKES")).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("levelDescriptors"));
    }

    @Test
    void each_dictionary_level_is_keyed_by_the_agencys_codes() {
        assertThat(DictionaryOwner.AGENCY.keyFor("3273.DINKES")).isEqualTo("3273.DINKES");
        assertThat(DictionaryOwner.REGION.keyFor("3273.DINKES")).isEqualTo("3273");
        assertThat(DictionaryOwner.PROVINCE.keyFor("3273.DINKES")).isEqualTo("32");
        assertThat(DictionaryOwner.NATIONAL.keyFor("3273.DINKES")).isEmpty();
    }
}
