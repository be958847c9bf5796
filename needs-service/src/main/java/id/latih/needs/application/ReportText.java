package id.latih.needs.application;

import id.latih.platform.input.SpreadsheetText;

/**
 * Text from an uploaded file as a report shows it: cut when long, so a report line stays small, and neutralised
 * against CSV injection by the platform's one rule ({@link SpreadsheetText}), since reports are often opened in a
 * spreadsheet.
 */
public final class ReportText {

    static final int MAX_ECHO = 200;

    private ReportText() {
    }

    public static String neutralised(String raw) {
        if (raw == null) {
            return null;
        }
        return SpreadsheetText.neutralised(raw.length() > MAX_ECHO ? raw.substring(0, MAX_ECHO) + "…" : raw);
    }

    public static boolean startsLikeFormula(String text) {
        return SpreadsheetText.startsLikeFormula(text);
    }
}
