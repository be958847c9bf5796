package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

    @Test
    void a_pns_nip_parses_into_birth_date_cpns_start_and_gender() {
        Nip nip = Nip.parse("198503152010011001", EmploymentType.PNS);

        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
        assertThat(nip.cpnsStart()).isEqualTo(YearMonth.of(2010, 1));
        assertThat(nip.gender()).isEqualTo("MALE");
        assertThat(Nip.parse("199001012015032002", EmploymentType.PNS).gender()).isEqualTo("FEMALE");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19850315201001100, must be exactly 18 digits",
            "19850315201001100A, must be exactly 18 digits",
            "198502302010011001, not a real birth date",
            "198503152010131001, not a real CPNS start",
            "198503152010013001, gender digit",
            "209903152010011001, in the future",
            "198503151980011001, is not after the birth date"})
    void a_pns_nip_that_does_not_parse_is_refused_naming_the_field(String raw, String reason) {
        assertThatThrownBy(() -> Nip.parse(raw, EmploymentType.PNS))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("nip");
                    assertThat(e.getMessage()).contains(reason);
                });
    }

    @Test
    void a_pppk_number_needs_only_eighteen_digits() {
        assertThat(Nip.parse("198503152010013001", EmploymentType.PPPK).value()).isEqualTo("198503152010013001");
        assertThatThrownBy(() -> Nip.parse("12345", EmploymentType.PPPK)).isInstanceOf(InvalidValueException.class);
    }
}
