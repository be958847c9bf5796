package id.latih.needs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test builder of employee files: rows of cells, written as CSV (any separator) or as an .xlsx workbook the way
 * Excel writes one (texts in the shared strings table, referenced by index; a blank cell simply left out).
 */
public final class EmployeeFiles {

    public static final List<String> INDONESIAN_HEADER = List.of("NIP", "Nama", "Jenis Kepegawaian", "Jenis Jabatan",
            "Jabatan", "NIP Atasan");

    private final List<List<String>> rows = new ArrayList<>();

    private EmployeeFiles(List<String> header) {
        rows.add(header);
    }

    public static EmployeeFiles aFile() {
        return new EmployeeFiles(INDONESIAN_HEADER);
    }

    public static EmployeeFiles withHeader(String... header) {
        return new EmployeeFiles(List.of(header));
    }

    public EmployeeFiles row(String... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    /** A valid PNS row: the NIP, a name, PELAKSANA, a position, no supervisor. */
    public EmployeeFiles staff(String nip, String name) {
        return row(nip, name, "PNS", "Pelaksana", "Pengadministrasi Umum", "");
    }

    public byte[] csv(char separator) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i) == null ? "" : row.get(i);
                boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n");
                text.append(i == 0 ? "" : String.valueOf(separator))
                        .append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        Map<String, Integer> shared = new LinkedHashMap<>();
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (cell == null || cell.isEmpty()) {
                    continue;
                }
                int index = shared.computeIfAbsent(cell, k -> shared.size());
                sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"s\"><v>")
                        .append(index).append("</v></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        shared.keySet().forEach(s -> strings.append("<si><t xml:space=\"preserve\">").append(escape(s))
                .append("</t></si>"));
        strings.append("</sst>");
        return workbook(sheet.toString(), strings.toString());
    }

    /** A workbook around any first-sheet XML, e.g. a part that unpacks to far more than it packs to. */
    public static byte[] workbook(String sheetXml, String sharedStringsXml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org"
                    + "/package/2006/content-types\"/>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"Pegawai\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                    + "</workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/"
                    + "sheet1.xml\"/></Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", sheetXml);
            if (sharedStringsXml != null) {
                put(zip, "xl/sharedStrings.xml", sharedStringsXml);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
