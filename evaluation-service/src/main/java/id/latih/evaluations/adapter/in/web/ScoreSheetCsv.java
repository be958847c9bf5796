package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.LearningEntry;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.input.TextLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * A score sheet as a spreadsheet exports it: a header {@code nip,preTest,postTest}, then one participant per line;
 * an empty cell is a test not given. Spreadsheets set to Indonesian write {@code ;} between cells (the comma is the
 * decimal mark there), so the header's separator is the sheet's. Errors name the line as the JSON sheet does
 * ({@code scores[0]} is the first line after the header) and say the line number a spreadsheet shows.
 */
final class ScoreSheetCsv {

    static final String HEADER = "nip,preTest,postTest";

    private ScoreSheetCsv() {
    }

    static List<LearningEntry> parse(String csv) {
        List<String> lines = csv == null ? List.of() : csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new InvalidValueException("scores", "the sheet is empty; its first line is " + HEADER);
        }
        String header = lines.get(0).strip();
        String separator = header.contains(";") ? ";" : ",";
        if (!header.replace(separator, ",").replace(" ", "").equalsIgnoreCase(HEADER)) {
            throw new InvalidValueException("scores", "the first line must be " + HEADER + " (or with ;)");
        }
        if (lines.size() - 1 > Requests.MAX_SCORES_PER_SHEET) {
            throw new InvalidValueException("scores", "has " + (lines.size() - 1) + " lines, more than the "
                    + Requests.MAX_SCORES_PER_SHEET + " a sheet may have");
        }
        List<LearningEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            entries.add(entry(lines.get(i).split(separator, -1), i - 1));
        }
        return entries;
    }

    private static LearningEntry entry(String[] cells, int index) {
        String at = "scores[" + index + "].";
        String line = " (line " + (index + 2) + ")";
        if (cells.length != 3) {
            throw new InvalidValueException(at + "nip", "needs 3 cells, not " + cells.length + line);
        }
        String nip = cells[0].strip();
        if (nip.isEmpty() || nip.length() > TextLimits.NIP) {
            throw new InvalidValueException(at + "nip", "must be a NIP of up to " + TextLimits.NIP + " digits" + line);
        }
        return new LearningEntry(nip, score(cells[1], at + "preTest", line), score(cells[2], at + "postTest", line));
    }

    private static Integer score(String cell, String field, String line) {
        String value = cell.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > 3 || !value.chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException(field, "must be a whole score from 0 to 100, not '"
                    + value.substring(0, Math.min(value.length(), 10)) + "'" + line);
        }
        return Integer.valueOf(value);
    }
}
