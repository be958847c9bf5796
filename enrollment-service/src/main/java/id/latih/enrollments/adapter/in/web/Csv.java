package id.latih.enrollments.adapter.in.web;

/** Writing CSV that spreadsheets open safely. */
final class Csv {

    private Csv() {
    }

    /**
     * A cell a spreadsheet shows as text: quoted, quotes doubled, and a leading {@code = + - @}, tab or carriage
     * return (which would start a formula) behind an apostrophe, as OWASP advises for CSV injection.
     */
    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
