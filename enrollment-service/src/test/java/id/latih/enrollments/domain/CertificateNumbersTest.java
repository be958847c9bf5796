package id.latih.enrollments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateNumbersTest {

    @Test
    void the_check_symbol_is_the_odd_weighted_sum_modulo_32() {
        // after "LTH-": '2' x 1 + '0' x 3 + '2' x 5 + '6' x 7 + '-' x 9 + zeros = 2 + 10 + 42 = 54; 54 mod 32 = 22 -> 'P'
        assertThat(CertificateNumbers.wellFormed("LTH-2026-000000000000P")).contains("LTH-2026-000000000000P");
        // a '1' as the first random symbol, weight 11: 54 + 11 = 65; 65 mod 32 = 1 -> '1'
        assertThat(CertificateNumbers.wellFormed("LTH-2026-1000000000001")).contains("LTH-2026-1000000000001");
        assertThat(CertificateNumbers.wellFormed("LTH-2026-100000000000P")).isEmpty();
    }

    @Test
    void an_issued_number_is_well_formed_and_typed_in_lower_case_or_with_blanks_it_is_still_found() {
        String number = CertificateNumbers.issue(2026, new Random(7));

        assertThat(number).startsWith("LTH-2026-").hasSize(22);
        assertThat(CertificateNumbers.wellFormed(number)).contains(number);
        assertThat(CertificateNumbers.wellFormed("  " + number.toLowerCase() + " ")).contains(number);
    }

    @Test
    void every_single_mistyped_symbol_is_caught_by_the_check() {
        String number = CertificateNumbers.issue(2026, new Random(11));
        for (int position = 4; position < number.length(); position++) {
            if (number.charAt(position) == '-') {
                continue;
            }
            for (char other : CertificateNumbers.ALPHABET.toCharArray()) {
                if (other != number.charAt(position)) {
                    String mistyped = number.substring(0, position) + other + number.substring(position + 1);
                    assertThat(CertificateNumbers.wellFormed(mistyped)).as(mistyped).isEmpty();
                }
            }
        }
    }

    @Test
    void malformed_numbers_are_refused() {
        assertThat(CertificateNumbers.wellFormed(null)).isEmpty();
        assertThat(CertificateNumbers.wellFormed("")).isEmpty();
        assertThat(CertificateNumbers.wellFormed("LTH-2026-00000000000P")).isEmpty();
        assertThat(CertificateNumbers.wellFormed("XYZ-2026-000000000000P")).isEmpty();
        assertThat(CertificateNumbers.wellFormed("LTH-2026-00000000I000P")).isEmpty();
        assertThat(CertificateNumbers.wellFormed("LTH-2026-000000000000P".repeat(3))).isEmpty();
    }

    @Test
    void ten_thousand_issued_numbers_are_all_different() {
        Set<String> numbers = new HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            numbers.add(CertificateNumbers.issue(2026, random));
        }
        assertThat(numbers).hasSize(10_000);
    }
}
