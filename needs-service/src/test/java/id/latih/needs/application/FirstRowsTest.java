package id.latih.needs.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstRowsTest {

    @Test
    void a_nip_seen_before_answers_the_row_it_was_first_seen_on_across_growth() {
        FirstRows rows = new FirstRows();
        for (long i = 0; i < 5000; i++) {
            assertThat(rows.putIfAbsent(198503152010011000L + i * 7, i + 2)).isEqualTo(-1);
        }

        assertThat(rows.putIfAbsent(198503152010011000L, 9000)).isEqualTo(2);
        assertThat(rows.putIfAbsent(198503152010011000L + 4999 * 7, 9001)).isEqualTo(5001);
        assertThat(rows.putIfAbsent(0, 9002)).isEqualTo(-1);
        assertThat(rows.putIfAbsent(0, 9003)).isEqualTo(9002);
    }
}
