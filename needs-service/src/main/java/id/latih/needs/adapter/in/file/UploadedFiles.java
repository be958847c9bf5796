package id.latih.needs.adapter.in.file;

import id.latih.needs.application.ImportFile;
import id.latih.needs.application.ImportProperties;
import id.latih.platform.domain.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Uploaded employee files: the body is copied to a temporary file as it arrives (never held in memory) and refused
 * past {@code latih.needs.import.max-file-size}; then its first bytes, not its name, decide how it is read. A zip is
 * read as .xlsx, text as CSV; a PDF, an old .xls, other binary data or a name that contradicts the content is refused.
 */
@Component
public class UploadedFiles {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final ImportProperties limits;

    public UploadedFiles(ImportProperties limits) {
        this.limits = limits;
    }

    /** Copies {@code body} to a new temporary file; the caller deletes it. */
    public Path spool(InputStream body, long declaredLength) {
        long max = limits.maxFileSize().toBytes();
        if (declaredLength > max) {
            throw new MaxUploadSizeExceededException(max);
        }
        Path file = null;
        try {
            file = Files.createTempFile("employee-import-", ".upload");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[65536];
                long total = 0;
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    total += n;
                    if (total > max) {
                        throw new MaxUploadSizeExceededException(max);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The spooled file as rows, after checking that its content is what an import reads. */
    public ImportFile open(Path file, String fileName) {
        byte[] head = head(file);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (head.length == 0) {
            throw new InvalidValueException("file", "is empty");
        }
        if (starts(head, PDF)) {
            throw new InvalidValueException("file", "is a PDF document; upload the staff list as .xlsx or CSV");
        }
        if (starts(head, OLE)) {
            throw new InvalidValueException("file", "is an old Excel (.xls) or other Office binary file; save it"
                    + " as .xlsx or CSV");
        }
        if (starts(head, ZIP) || starts(head, EMPTY_ZIP)) {
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                throw new InvalidValueException("file", "is named " + fileName + " but holds a zip archive, not text");
            }
            return new XlsxFile(file, limits.maxUnpackedSize().toBytes(), limits.maxCompressionRatio());
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new InvalidValueException("file", "is named " + fileName + " but is not an Excel workbook");
        }
        if (isBinary(head)) {
            throw new InvalidValueException("file", "is neither CSV text nor an .xlsx workbook");
        }
        return new CsvFile(file);
    }

    public static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system's clean-up removes what a failed delete leaves
            }
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean starts(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** NUL bytes or other control characters than tab and line breaks: not text. */
    private static boolean isBinary(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return true;
            }
        }
        return false;
    }
}
