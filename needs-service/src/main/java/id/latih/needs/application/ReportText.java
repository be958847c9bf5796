package id.latih.needs.application;

/**
 * Text from an uploaded file as a report shows it. A report is often opened in a spreadsheet, where a cell beginning
 * with {@code = + - @}, a tab or a carriage return is run as a formula (CSV injection, OWASP); such text gets a
 * leading apostrophe, which spreadsheets show as text. Long values are cut, so a report line stays small.
 */
public final class ReportText {

    static final int MAX_ECHO = 200;

    private ReportText() {
    }

    public static String neutralised(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.length() > MAX_ECHO ? raw.substring(0, MAX_ECHO) + "…" : raw;
        return startsLikeFormula(text) ? "'" + text : text;
    }

    public static boolean startsLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
