package id.latih.needs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A deterministic staff workbook of any size for the import benchmarks, written as a stream the way Excel stores it:
 * every text (NIPs formatted as text included) in the shared strings table, which is the part a streaming reader
 * still holds. Row {@code i} always has the same valid PNS NIP, name, job type and position.
 */
final class BenchWorkbook {

    private static final List<String> FIXED = List.of("NIP", "Nama", "Jenis Kepegawaian", "Jenis Jabatan", "Jabatan",
            "PNS", "PELAKSANA", "PENGAWAS", "FUNGSIONAL", "Pengadministrasi Umum", "Kepala Seksi", "Perawat Ahli");

    private BenchWorkbook() {
    }

    static Path write(Path file, int rows) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
             Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16)) {
            entry(zip, out, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats"
                    + ".org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"Pegawai\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                    + "</workbook>");
            entry(zip, out, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                    + "worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                    + "2006/main\"><sheetData><row r=\"1\">");
            for (int c = 0; c < 5; c++) {
                cell(out, c, 1, c);
            }
            out.write("</row>");
            for (int i = 0; i < rows; i++) {
                int r = i + 2;
                out.write("<row r=\"" + r + "\">");
                cell(out, 0, r, FIXED.size() + 2 * i);
                cell(out, 1, r, FIXED.size() + 2 * i + 1);
                cell(out, 2, r, 5);
                cell(out, 3, r, 6 + i % 3);
                cell(out, 4, r, 9 + i % 3);
                out.write("</row>");
            }
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            out.write("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                    + "main\">");
            List<String> texts = new ArrayList<>(FIXED);
            for (String text : texts) {
                out.write("<si><t>" + text + "</t></si>");
            }
            for (int i = 0; i < rows; i++) {
                out.write("<si><t>" + nip(i) + "</t></si><si><t>Pegawai Nomor " + i + "</t></si>");
            }
            out.write("</sst>");
            out.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A valid, unique PNS NIP for row {@code i} (up to 2,000,000 rows). */
    static String nip(int i) {
        LocalDate born = LocalDate.of(1965, 1, 1).plusDays((long) (i / 2000) * 7);
        int month = 1 + i % 12;
        return String.format("%04d%02d%02d%04d%02d%d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                born.getYear() + 25, month, 1 + (i / 1000) % 2, i % 1000);
    }

    private static void entry(ZipOutputStream zip, Writer out, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    private static void cell(Writer out, int column, int row, int sharedIndex) throws IOException {
        out.write("<c r=\"" + (char) ('A' + column) + row + "\" t=\"s\"><v>" + sharedIndex + "</v></c>");
    }
}
