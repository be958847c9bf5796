package id.latih.needs.adapter.in.file;

import id.latih.needs.application.ImportFile.RowVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks {@code <row>} and {@code <c>} elements of one worksheet: shared strings ({@code t="s"}), inline strings,
 * formula results and numbers as Excel stored them (an 18-digit NIP typed as a number arrives as {@code 1.98E17}, which
 * the row check explains). Missing cells are empty; a row or cell without its reference follows the one before.
 */
final class SheetRows {

    private static final int MAX_COLUMNS = 256;

    private final XMLStreamReader xml;
    private final SharedStrings shared;
    private final RowVisitor visitor;

    SheetRows(XMLStreamReader xml, SharedStrings shared, RowVisitor visitor) {
        this.xml = xml;
        this.shared = shared;
        this.visitor = visitor;
    }

    void run() throws XMLStreamException {
        long rowNumber = 0;
        List<String> cells = new ArrayList<>();
        String type = null;
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                        cells.clear();
                        column = -1;
                    }
                    case "c" -> {
                        Map<String, String> a = XlsxFile.attributes(xml);
                        column = a.containsKey("r") ? XlsxFile.column(a.get("r")) : column + 1;
                        type = a.get("t");
                    }
                    case "v" -> put(cells, column, value(type, xml.getElementText()));
                    case "t" -> put(cells, column, xml.getElementText());
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                    visitor.row(rowNumber, List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList()));
                }
            }
        }
    }

    private String value(String type, String raw) {
        if ("s".equals(type)) {
            return shared.get(Integer.parseInt(raw.strip()));
        }
        if ("b".equals(type)) {
            return "1".equals(raw) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            return raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
        }
        return raw;
    }

    private static void put(List<String> cells, int column, String value) {
        if (column < 0 || column >= MAX_COLUMNS) {
            return;
        }
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, value);
    }
}
