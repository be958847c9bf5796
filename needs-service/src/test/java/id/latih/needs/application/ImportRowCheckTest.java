package id.latih.needs.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.platform.domain.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks of an employee file's header and rows, as agencies keep them. */
class ImportRowCheckTest {

    private static final String AGENCY = "3273.DINKES";
    private static final String NIP = "198503152010011001";
    private final ImportRowCheck check = ImportRowCheck.forHeader(List.of("No", "NIP", "Nama Lengkap",
            "Status Kepegawaian", "JENIS_JABATAN", "Nama Jabatan", "nip atasan", "Kode OPD", "Catatan"), AGENCY);

    @Test
    void indonesian_headers_and_spellings_of_job_types_are_understood_and_other_columns_ignored() {
        CheckedRow row = check.check(List.of("1", NIP, "Siti Rahma", "pns", "JPT Pratama", "Kepala Dinas",
                "197001011995031002", AGENCY, "catatan bebas"));

        assertThat(row).isInstanceOfSatisfying(CheckedRow.Valid.class, valid -> {
            assertThat(valid.nip().value()).isEqualTo(NIP);
            assertThat(valid.employmentType()).isEqualTo(EmploymentType.PNS);
            assertThat(valid.jobType()).isEqualTo(JobType.JPT_PRATAMA);
            assertThat(valid.supervisorNip().value()).isEqualTo("197001011995031002");
        });
    }

    @Test
    void a_header_without_a_required_column_or_with_a_column_twice_refuses_the_file() {
        assertThatThrownBy(() -> ImportRowCheck.forHeader(List.of("NIP", "Nama", "Jabatan"), AGENCY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("employmentType");
        assertThatThrownBy(() -> ImportRowCheck.forHeader(List.of("NIP", "Nama", "name", "Jenis Kepegawaian",
                "Jenis Jabatan", "Jabatan"), AGENCY)).hasMessageContaining("twice");
    }

    @Test
    void each_bad_cell_is_rejected_naming_its_column() {
        assertRejected(row(NIP, "Siti", "HONORER", "PELAKSANA", "Staf", ""), "employmentType", "PNS or PPPK");
        assertRejected(row("19850315201001100", "Siti", "PNS", "PELAKSANA", "Staf", ""), "nip", "18 digits");
        assertRejected(row("1.98503152010011E+17", "Siti", "PNS", "PELAKSANA", "Staf", ""), "nip",
                "stored as a number");
        assertRejected(row("198513152010011001", "Siti", "PNS", "PELAKSANA", "Staf", ""), "nip", "birth date");
        assertRejected(row(NIP, "", "PNS", "PELAKSANA", "Staf", ""), "name", "empty");
        assertRejected(row(NIP, "Siti", "PNS", "KEPALA", "Staf", ""), "jobType", "JPT_MADYA");
        assertRejected(row(NIP, "Siti", "PNS", "PELAKSANA", "Staf", "12"), "supervisorNip", "18 digits");
        assertRejected(row(NIP, "Siti", "PNS", "PELAKSANA", "Staf", NIP), "supervisorNip", "supervise themselves");
    }

    @Test
    void text_that_would_run_as_a_spreadsheet_formula_is_rejected() {
        assertRejected(row(NIP, "=HYPERLINK(\"http://evil.example\",\"klik\")", "PNS", "PELAKSANA", "Staf", ""),
                "name", "formula");
        assertRejected(row(NIP, "Siti", "PNS", "PELAKSANA", "@SUM(A1:A9)", ""), "positionTitle", "formula");
        assertRejected(row(NIP, "Siti", "PNS", "PELAKSANA", "+62 staf", ""), "positionTitle", "formula");
    }

    @Test
    void a_row_of_another_agency_is_rejected() {
        CheckedRow row = check.check(List.of("1", NIP, "Siti", "PNS", "PELAKSANA", "Staf", "", "3201.DINKES"));

        assertThat(row).isInstanceOfSatisfying(CheckedRow.Rejected.class, r -> {
            assertThat(r.field()).isEqualTo("agencyCode");
            assertThat(r.reason()).contains("another agency");
        });
    }

    @Test
    void a_pppk_number_needs_only_18_digits() {
        assertThat(row("000000000000000001", "Budi", "PPPK", "FUNGSIONAL", "Perawat", ""))
                .isInstanceOf(CheckedRow.Valid.class);
    }

    @Test
    void report_text_neutralises_every_leading_formula_character_and_leaves_other_text_alone() {
        assertThat(ReportText.neutralised("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ReportText.neutralised("+1")).isEqualTo("'+1");
        assertThat(ReportText.neutralised("-1")).isEqualTo("'-1");
        assertThat(ReportText.neutralised("@cmd")).isEqualTo("'@cmd");
        assertThat(ReportText.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(ReportText.neutralised("\r=1")).isEqualTo("'\r=1");
        assertThat(ReportText.neutralised("Siti = Rahma")).isEqualTo("Siti = Rahma");
        assertThat(ReportText.neutralised("")).isEmpty();
        assertThat(ReportText.neutralised("x".repeat(500))).hasSize(ReportText.MAX_ECHO + 1);
    }

    private CheckedRow row(String nip, String name, String type, String jobType, String position, String supervisor) {
        return check.check(List.of("1", nip, name, type, jobType, position, supervisor));
    }

    private static void assertRejected(CheckedRow row, String field, String reason) {
        assertThat(row).isInstanceOfSatisfying(CheckedRow.Rejected.class, r -> {
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.reason()).contains(reason);
        });
    }
}
