package id.latih.needs.adapter.in.file;

import id.latih.needs.application.ImportFile;
import id.latih.platform.domain.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first worksheet of an Excel workbook (.xlsx, Office Open XML), read as a stream of rows with the JDK's StAX
 * reader: a row is handed on as soon as it is read, so a 200,000-row sheet never sits in memory. The shared strings
 * table (the distinct texts of the workbook) is read first into a temporary file ({@link SharedStrings}), not into
 * the heap. XML entities and DTDs are off (no XXE), and {@link UnpackLimit} refuses zip bombs.
 */
final class XlsxFile implements ImportFile {

    private static final String RELATIONSHIP_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Path path;
    private final long maxUnpacked;
    private final int maxRatio;

    XlsxFile(Path path, long maxUnpacked, int maxRatio) {
        this.path = path;
        this.maxUnpacked = maxUnpacked;
        this.maxRatio = maxRatio;
    }

    @Override
    public String format() {
        return "XLSX";
    }

    @Override
    public void read(RowVisitor visitor) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            UnpackLimit limit = new UnpackLimit(maxUnpacked, maxRatio);
            String sheet = firstSheet(zip, limit);
            ZipEntry entry = zip.getEntry(sheet);
            if (entry == null) {
                throw broken("its first worksheet " + sheet + " is missing");
            }
            try (SharedStrings shared = sharedStrings(zip, limit);
                 InputStream in = limit.count(zip.getInputStream(entry), entry.getCompressedSize())) {
                new SheetRows(xml(in), shared, visitor).run();
            }
        } catch (ZipException e) {
            throw broken("it is not a readable zip archive");
        } catch (XMLStreamException e) {
            throw broken("its XML does not parse");
        } catch (NumberFormatException e) {
            throw broken("a row or cell reference is not a number");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part of the first {@code <sheet>} of {@code xl/workbook.xml}, through the workbook's relationships. */
    private static String firstSheet(ZipFile zip, UnpackLimit limit) throws IOException, XMLStreamException {
        String relationId = null;
        try (InputStream in = part(zip, "xl/workbook.xml", limit)) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext() && relationId == null) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                    relationId = xml.getAttributeValue(RELATIONSHIP_NS, "id");
                }
            }
        }
        if (relationId == null) {
            throw broken("the workbook has no worksheet");
        }
        try (InputStream in = part(zip, "xl/_rels/workbook.xml.rels", limit)) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                        && relationId.equals(xml.getAttributeValue(null, "Id"))) {
                    String target = xml.getAttributeValue(null, "Target");
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        }
        throw broken("the workbook does not say where its first worksheet is");
    }

    /** The workbook's shared strings, in order; rich text runs joined, phonetic hints left out. */
    private static SharedStrings sharedStrings(ZipFile zip, UnpackLimit limit) throws IOException,
            XMLStreamException {
        SharedStrings strings = new SharedStrings();
        ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
        if (entry == null) {
            strings.finish();
            return strings;
        }
        try (InputStream in = limit.count(zip.getInputStream(entry), entry.getCompressedSize())) {
            XMLStreamReader xml = xml(in);
            StringBuilder text = new StringBuilder();
            boolean phonetic = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic = true;
                        case "t" -> {
                            String t = xml.getElementText();
                            if (!phonetic) {
                                text.append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("rPh".equals(xml.getLocalName())) {
                        phonetic = false;
                    } else if ("si".equals(xml.getLocalName())) {
                        strings.add(text.toString());
                    }
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            strings.close();
            throw e;
        }
        strings.finish();
        return strings;
    }

    private static InputStream part(ZipFile zip, String name, UnpackLimit limit) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw broken("it has no " + name + " (not an Excel workbook)");
        }
        return limit.count(zip.getInputStream(entry), entry.getCompressedSize());
    }

    static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }

    static InvalidValueException broken(String why) {
        return new InvalidValueException("file", "is not a readable .xlsx workbook: " + why);
    }

    /** Column letters of a cell reference ({@code AB12} -> 27), 0-based. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    static Map<String, String> attributes(XMLStreamReader xml) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return attributes;
    }
}
