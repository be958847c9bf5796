package id.latih.needs.adapter.in.file;

import static id.latih.needs.EmployeeFiles.aFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.needs.EmployeeFiles;
import id.latih.needs.application.ImportFile;
import id.latih.needs.application.ImportProperties;
import id.latih.platform.domain.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Reading uploaded files: told apart by content, CSV as spreadsheets save it, .xlsx as Excel writes it. */
class UploadedFilesTest {

    private static final String NIP = "198503152010011001";
    private final UploadedFiles uploads = new UploadedFiles(new ImportProperties(DataSize.ofKilobytes(64), 1000, 10,
            DataSize.ofMegabytes(8), 100, 5));
    private final List<Path> spooled = new ArrayList<>();

    @AfterEach
    void removeSpooled() {
        spooled.forEach(UploadedFiles::delete);
    }

    @Test
    void a_semicolon_csv_with_a_byte_order_mark_quotes_and_a_line_break_in_a_cell_reads_row_by_row() {
        byte[] csv = ("\uFEFFNIP;Nama;Jabatan\r\n" + NIP + ";\"Siti; \"\"Ita\"\" Rahma\";\"Kepala\nSeksi\"\r\n\r\n"
                + "198503152010011002;Budi;Staf\n").getBytes(StandardCharsets.UTF_8);

        List<List<String>> rows = rows(open(csv, "pegawai.csv"));

        assertThat(rows).containsExactly(List.of("1", "NIP", "Nama", "Jabatan"),
                List.of("2", NIP, "Siti; \"Ita\" Rahma", "Kepala\nSeksi"),
                List.of("5", "198503152010011002", "Budi", "Staf"));
    }

    @Test
    void an_xlsx_reads_shared_strings_and_leaves_missing_cells_empty() {
        byte[] xlsx = aFile().row(NIP, "Siti Rahma", "PNS", "", "Kepala Seksi").xlsx();

        List<List<String>> rows = rows(open(xlsx, "pegawai.xlsx"));

        assertThat(rows.get(1)).containsExactly("2", NIP, "Siti Rahma", "PNS", "", "Kepala Seksi");
    }

    @Test
    void an_xlsx_with_inline_strings_and_a_number_typed_nip_reads_what_excel_stored() {
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>NIP</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>1.98503152010011E+17</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>x</t>"
                + "</is></c></row></sheetData></worksheet>";

        List<List<String>> rows = rows(open(EmployeeFiles.workbook(sheet, null), "pegawai.xlsx"));

        assertThat(rows).containsExactly(List.of("1", "NIP"), List.of("3", "1.98503152010011E+17", "", "x"));
    }

    @Test
    void a_pdf_called_xlsx_an_old_xls_csv_text_called_xlsx_and_an_empty_file_are_refused_naming_the_file() {
        assertRefused(() -> open(pdf(), "pegawai.xlsx"), "PDF");
        assertRefused(() -> open(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "p.xls"), ".xls");
        assertRefused(() -> open("NIP;Nama\n".getBytes(StandardCharsets.UTF_8), "pegawai.xlsx"),
                "not an Excel workbook");
        assertRefused(() -> open(new byte[0], "pegawai.csv"), "is empty");
        assertRefused(() -> open(aFile().xlsx(), "pegawai.csv"), "zip archive");
    }

    @Test
    void a_broken_zip_and_a_zip_without_a_workbook_are_refused() {
        byte[] broken = new byte[600];
        broken[0] = 'P';
        broken[1] = 'K';
        broken[2] = 3;
        broken[3] = 4;
        assertRefused(() -> rows(open(broken, "pegawai.xlsx")), "not a readable .xlsx");
    }

    @Test
    void a_part_that_unpacks_to_far_more_than_it_packs_to_is_refused_as_a_zip_bomb() {
        String sheet = "<worksheet>" + " ".repeat(4 * 1024 * 1024) + "</worksheet>";

        assertRefused(() -> rows(open(EmployeeFiles.workbook(sheet, null), "pegawai.xlsx")), "zip bomb");
    }

    @Test
    void an_upload_over_the_limit_is_refused_while_it_is_spooled() {
        byte[] big = new byte[65 * 1024];

        assertThatThrownBy(() -> uploads.spool(new ByteArrayInputStream(big), -1))
                .isInstanceOf(MaxUploadSizeExceededException.class);
        assertThatThrownBy(() -> uploads.spool(new ByteArrayInputStream(new byte[1]), 65 * 1024))
                .isInstanceOf(MaxUploadSizeExceededException.class);
    }

    @Test
    void binary_data_is_neither_csv_nor_xlsx() {
        assertRefused(() -> open(new byte[] {'N', 'I', 'P', 0, 1, 2}, "pegawai"), "neither CSV");
    }

    @Test
    void text_that_is_not_utf8_is_refused() {
        byte[] latin1 = "NIP;Nama\n1;Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(() -> rows(open(latin1, "pegawai.csv")), "UTF-8");
    }

    private ImportFile open(byte[] content, String name) {
        Path file = uploads.spool(new ByteArrayInputStream(content), content.length);
        spooled.add(file);
        return uploads.open(file, name);
    }

    private static List<List<String>> rows(ImportFile file) {
        List<List<String>> rows = new ArrayList<>();
        file.read((number, cells) -> {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(number));
            row.addAll(cells);
            rows.add(row);
        });
        return rows;
    }

    private static byte[] pdf() {
        return "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("file"))
                .hasMessageContaining(reason);
    }
}
