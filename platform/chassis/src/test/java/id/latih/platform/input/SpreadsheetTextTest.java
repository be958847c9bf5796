package id.latih.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_shown_as_text() {
        assertThat(SpreadsheetText.neutralised("=HYPERLINK(\"http://x\",\"klik\")"))
                .isEqualTo("'=HYPERLINK(\"http://x\",\"klik\")");
        assertThat(SpreadsheetText.neutralised("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.neutralised("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetText.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralised("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinary_text_is_left_as_it_is() {
        assertThat(SpreadsheetText.neutralised("Siti = Rahma")).isEqualTo("Siti = Rahma");
        assertThat(SpreadsheetText.neutralised("")).isEmpty();
        assertThat(SpreadsheetText.neutralised(null)).isNull();
    }

    @Test
    void a_csv_cell_is_quoted_with_its_quotes_doubled_and_neutralised() {
        assertThat(SpreadsheetText.csvCell("Balai \"Diklat\"")).isEqualTo("\"Balai \"\"Diklat\"\"\"");
        assertThat(SpreadsheetText.csvCell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(SpreadsheetText.csvCell(null)).isEqualTo("\"\"");
        assertThat(SpreadsheetText.csvCell(20)).isEqualTo("\"20\"");
    }
}
