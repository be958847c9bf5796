package id.latih.enrollments.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.enrollments.application.UploadRoster.Outcome;
import id.latih.enrollments.application.UploadRoster.Report;
import id.latih.enrollments.application.UploadRoster.Row;
import id.latih.enrollments.application.UploadRoster.RowResult;
import id.latih.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

    @Test
    void a_spreadsheet_saved_with_semicolons_a_byte_order_mark_and_quotes_reads_row_by_row() {
        List<Row> rows = RosterCsv.read("\uFEFFNIP;Present\r\n\"198503152010012001\";Hadir\r\n\r\n"
                + "198607202011011002;tidak\r\n199001012015032003;mungkin\r\n");

        assertThat(rows).containsExactly(new Row(2, "198503152010012001", true, null),
                new Row(4, "198607202011011002", false, null),
                new Row(5, "199001012015032003", null, "present is hadir/ya/1 or tidak/absen/0"));
    }

    @Test
    void a_row_with_too_many_cells_or_an_overlong_nip_is_unreadable_but_the_others_are_read() {
        List<Row> rows = RosterCsv.read("nip,present\n1985,ya,extra\n" + "9".repeat(40) + ",ya\n");

        assertThat(rows.get(0).unreadable()).isEqualTo("has 3 cells, 2 expected");
        assertThat(rows.get(1).unreadable()).startsWith("the NIP has 1 to");
        assertThat(rows.get(1).nip()).endsWith("...").hasSizeLessThan(40);
    }

    @Test
    void a_file_without_the_header_or_rows_or_with_too_many_rows_is_refused_as_a_whole() {
        assertThatThrownBy(() -> RosterCsv.read("198503152010012001,ya\n")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RosterCsv.read("nip,present\n")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RosterCsv.read("nip,present\n" + "1985,ya\n".repeat(RosterCsv.MAX_ROWS + 1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void every_cell_that_would_start_a_formula_is_shown_as_text_in_the_report() {
        Report report = new Report(LocalDate.of(2026, 3, 2), false, List.of(
                new RowResult(2, "=HYPERLINK(\"http://x\")", Outcome.REFUSED, "not enrolled in this program"),
                new RowResult(3, "+1985", Outcome.REFUSED, "-x"),
                new RowResult(4, "@SUM(A1)", Outcome.REFUSED, "\tx"),
                new RowResult(5, "198503152010012001", Outcome.NOT_RECORDED, "another row was refused")));

        assertThat(RosterCsv.report(report)).isEqualTo("line,nip,outcome,reason\r\n"
                + "2,\"'=HYPERLINK(\"\"http://x\"\")\",REFUSED,\"not enrolled in this program\"\r\n"
                + "3,\"'+1985\",REFUSED,\"'-x\"\r\n"
                + "4,\"'@SUM(A1)\",REFUSED,\"'\tx\"\r\n"
                + "5,\"198503152010012001\",NOT_RECORDED,\"another row was refused\"\r\n");
    }
}
