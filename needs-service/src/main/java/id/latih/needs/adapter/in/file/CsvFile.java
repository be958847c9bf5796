package id.latih.needs.adapter.in.file;

import id.latih.needs.application.ImportFile;
import id.latih.platform.domain.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) in UTF-8, with or without a byte
 * order mark. The separator is what the header uses most of {@code , ; tab}: Indonesian spreadsheet settings save
 * CSV with semicolons. Text that is not UTF-8 is refused, and so is a cell longer than {@link #MAX_CELL}, so a file
 * without line breaks cannot fill the memory.
 */
final class CsvFile implements ImportFile {

    static final int MAX_CELL = 4096;

    private final Path path;

    CsvFile(Path path) {
        this.path = path;
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public void read(RowVisitor visitor) {
        char separator = separator();
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 65536)) {
            new Parser(in, visitor, separator).run();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException("file", "is not UTF-8 text; save the CSV as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one of {@code , ; tab} the header line (outside quotes) holds most of; a comma if none. */
    private char separator() {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        try (Reader in = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
            char[] head = new char[MAX_CELL * 4];
            int n = in.read(head);
            for (int i = 0; i < n && (quoted || (head[i] != '\n' && head[i] != '\r')); i++) {
                char c = head[i];
                quoted ^= c == '"';
                if (!quoted) {
                    comma += c == ',' ? 1 : 0;
                    semicolon += c == ';' ? 1 : 0;
                    tab += c == '\t' ? 1 : 0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    private static final class Parser {
        private final Reader in;
        private final RowVisitor visitor;
        private final StringBuilder cell = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private final char separator;
        private long row = 1;

        Parser(Reader in, RowVisitor visitor, char separator) {
            this.in = in;
            this.visitor = visitor;
            this.separator = separator;
        }

        void run() throws IOException {
            int c = in.read();
            if (c == 0xFEFF) {
                c = in.read();
            }
            boolean quoted = false;
            boolean afterQuote = false;
            long startRow = row;
            while (c != -1) {
                if (c == 0) {
                    throw new InvalidValueException("file", "holds binary data (a NUL byte), not CSV text");
                }
                if (quoted) {
                    if (c == '"') {
                        int next = in.read();
                        if (next == '"') {
                            append('"');
                        } else {
                            quoted = false;
                            afterQuote = true;
                            c = next;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            row++;
                        }
                        append((char) c);
                    }
                } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                    quoted = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int next = in.read();
                        if (next != '\n') {
                            endRow(startRow);
                            row++;
                            startRow = row;
                            c = next;
                            afterQuote = false;
                            continue;
                        }
                    }
                    endRow(startRow);
                    row++;
                    startRow = row;
                    afterQuote = false;
                } else if (isSeparator((char) c)) {
                    endCell();
                    afterQuote = false;
                } else {
                    append((char) c);
                }
                c = in.read();
            }
            if (quoted) {
                throw new InvalidValueException("file", "row " + startRow + " opens a quote that is never closed");
            }
            endRow(startRow);
        }

        private boolean isSeparator(char c) {
            return c == separator;
        }

        private void append(char c) {
            if (cell.length() >= MAX_CELL) {
                throw new InvalidValueException("file", "row " + row + " has a cell longer than " + MAX_CELL
                        + " characters");
            }
            cell.append(c);
        }

        private void endCell() {
            cells.add(cell.toString());
            cell.setLength(0);
        }

        private void endRow(long number) {
            endCell();
            boolean blank = cells.stream().allMatch(String::isBlank);
            if (!blank) {
                visitor.row(number, List.copyOf(cells));
            }
            cells.clear();
        }
    }
}
