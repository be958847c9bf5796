package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.UploadRoster.Report;
import id.latih.enrollments.application.UploadRoster.Row;
import id.latih.enrollments.application.UploadRoster.RowResult;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.input.SpreadsheetText;
import id.latih.platform.input.TextLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A paper roster typed into a spreadsheet and saved as CSV: a header {@code nip,present} (comma or semicolon, as
 * Indonesian spreadsheets save it), then one row per person, present as {@code hadir/ya/1/true} or absent as
 * {@code tidak/absen/0/false}. The report goes back as CSV too, every cell that a spreadsheet would run as a formula
 * neutralised.
 */
final class RosterCsv {

    /** More rows than any class has; the service's 64 KB body limit holds about 2,500. */
    static final int MAX_ROWS = 1000;
    private static final Set<String> PRESENT = Set.of("hadir", "ya", "y", "1", "true", "present", "h");
    private static final Set<String> ABSENT = Set.of("tidak", "tidak hadir", "absen", "t", "0", "false", "absent",
            "a");

    private RosterCsv() {
    }

    static List<Row> read(String csv) {
        String[] lines = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\r\n|\n|\r", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new InvalidValueException("body", "is a CSV file whose first line is the header nip,present");
        }
        char separator = lines[0].indexOf(';') >= 0 ? ';' : ',';
        List<String> header = cells(lines[0], separator).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!header.equals(List.of("nip", "present"))) {
            throw new InvalidValueException("body", "has the header nip,present on its first line");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new InvalidValueException("body", "has at most " + MAX_ROWS + " rows");
            }
            rows.add(row(i + 1, cells(lines[i], separator)));
        }
        if (rows.isEmpty()) {
            throw new InvalidValueException("body", "has at least one row after the header");
        }
        return rows;
    }

    private static Row row(int line, List<String> cells) {
        String nip = cells.isEmpty() ? "" : cells.get(0).strip();
        if (cells.size() != 2) {
            return new Row(line, shortened(nip), null, "has " + cells.size() + " cells, 2 expected");
        }
        if (nip.isEmpty() || nip.length() > TextLimits.NIP) {
            return new Row(line, shortened(nip), null, "the NIP has 1 to " + TextLimits.NIP + " characters");
        }
        String mark = cells.get(1).strip().toLowerCase(Locale.ROOT);
        if (PRESENT.contains(mark)) {
            return new Row(line, nip, true, null);
        }
        if (ABSENT.contains(mark)) {
            return new Row(line, nip, false, null);
        }
        return new Row(line, nip, null, "present is hadir/ya/1 or tidak/absen/0");
    }

    private static String shortened(String cell) {
        return cell.length() > TextLimits.NIP ? cell.substring(0, TextLimits.NIP) + "..." : cell;
    }

    /** The cells of one line; a cell in double quotes may hold the separator and doubled quotes. */
    static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static String report(Report report) {
        StringBuilder out = new StringBuilder("line,nip,outcome,reason\r\n");
        for (RowResult r : report.rows()) {
            out.append(r.line()).append(',').append(SpreadsheetText.csvCell(r.nip())).append(',').append(r.outcome()).append(',')
                    .append(SpreadsheetText.csvCell(r.reason())).append("\r\n");
        }
        return out.toString();
    }
}
