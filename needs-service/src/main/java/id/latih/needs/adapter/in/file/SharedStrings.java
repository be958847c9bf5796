package id.latih.needs.adapter.in.file;

import id.latih.platform.domain.InvalidValueException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A workbook's shared strings table kept out of the heap: the texts go to a temporary file as UTF-8, read back through
 * a memory map; the heap holds only one offset per text. A 200,000-row sheet of distinct names and NIPs has 400,000
 * of them, which as Java strings would be most of the import's heap.
 */
final class SharedStrings implements AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private int[] offsets = new int[1024];
    private int count;
    private int size;
    private MappedByteBuffer texts;

    SharedStrings() {
        try {
            file = Files.createTempFile("xlsx-shared-strings-", ".bin");
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (count + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        if ((long) size + bytes.length > Integer.MAX_VALUE) {
            throw tooLarge();
        }
        offsets[count++] = size;
        size += bytes.length;
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the writing; texts can be read from now on. */
    void finish() {
        offsets[count] = size;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            out.close();
            texts = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            throw XlsxFile.broken("a cell points to shared string " + index + ", which does not exist");
        }
        byte[] bytes = new byte[offsets[index + 1] - offsets[index]];
        texts.get(offsets[index], bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    int size() {
        return count;
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InvalidValueException tooLarge() {
        return new InvalidValueException("file", "has a shared strings table over 2 GB");
    }
}
