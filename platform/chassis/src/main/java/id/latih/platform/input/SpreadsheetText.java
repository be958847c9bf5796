package id.latih.platform.input;

/**
 * Text that a caller's own data put into a file people open in a spreadsheet (import reports, roster reports,
 * exports). A cell beginning with {@code = + - @}, a tab or a carriage return is run as a formula there (CSV
 * injection, OWASP), so such text gets a leading apostrophe, which spreadsheets show as text. The one rule for every
 * service that writes such files.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet would take the text for a formula. */
    public static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a spreadsheet must show it: behind an apostrophe when it would start a formula. */
    public static String neutralised(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }

    /** One CSV cell (RFC 4180): neutralised, quoted, quotes doubled; null is an empty cell. */
    public static String csvCell(Object value) {
        String text = value == null ? "" : neutralised(value.toString());
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
