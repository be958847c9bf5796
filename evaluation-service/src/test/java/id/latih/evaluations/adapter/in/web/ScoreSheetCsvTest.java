package id.latih.evaluations.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.evaluations.application.LearningEntry;
import id.latih.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class ScoreSheetCsvTest {

    @Test
    void a_comma_sheet_with_an_empty_cell_gives_a_test_not_given() {
        assertThat(ScoreSheetCsv.parse("nip,preTest,postTest\n198503152010011001,40,70\n198503152010011002,55,\n"))
                .containsExactly(new LearningEntry("198503152010011001", 40, 70),
                        new LearningEntry("198503152010011002", 55, null));
    }

    @Test
    void an_indonesian_spreadsheets_semicolon_sheet_reads_the_same() {
        assertThat(ScoreSheetCsv.parse("NIP;preTest;postTest\r\n198503152010011001; 40 ;70\r\n"))
                .containsExactly(new LearningEntry("198503152010011001", 40, 70));
    }

    @Test
    void a_cell_that_is_not_a_whole_score_is_refused_naming_its_line() {
        assertThatThrownBy(() -> ScoreSheetCsv.parse("nip,preTest,postTest\n198503152010011001,40,70\n"
                + "198503152010011002,72.5,80\n"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("line 3")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scores[1].preTest");
    }

    @Test
    void a_sheet_without_the_header_or_with_too_many_lines_is_refused() {
        assertThatThrownBy(() -> ScoreSheetCsv.parse("198503152010011001,40,70\n"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("first line");
        assertThatThrownBy(() -> ScoreSheetCsv.parse(""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("empty");
        String tooLong = "nip,preTest,postTest\n" + "198503152010011001,40,70\n".repeat(501);
        assertThatThrownBy(() -> ScoreSheetCsv.parse(tooLong))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("501 lines");
    }

    @Test
    void a_line_with_missing_cells_is_refused() {
        assertThatThrownBy(() -> ScoreSheetCsv.parse("nip,preTest,postTest\n198503152010011001,40\n"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("scores[0].nip");
    }
}
