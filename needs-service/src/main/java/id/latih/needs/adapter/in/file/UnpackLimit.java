package id.latih.needs.adapter.in.file;

import id.latih.platform.domain.InvalidValueException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what the parts of one .xlsx unpack to and refuses the file as a zip bomb when all of them together exceed
 * {@code latih.needs.import.max-unpacked-size}, or one part unpacks to more than
 * {@code max-compression-ratio} times its packed size (past the first megabyte, as small parts compress well).
 */
final class UnpackLimit {

    private static final long RATIO_GRACE = 1 << 20;

    private final long maxTotal;
    private final int maxRatio;
    private long total;

    UnpackLimit(long maxTotal, int maxRatio) {
        this.maxTotal = maxTotal;
        this.maxRatio = maxRatio;
    }

    InputStream count(InputStream part, long packedSize) {
        return new FilterInputStream(part) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            private void add(int n) {
                read += n;
                total += n;
                if (total > maxTotal) {
                    throw bomb("unpacks to more than " + maxTotal + " bytes");
                }
                if (read > RATIO_GRACE && packedSize > 0 && read / packedSize > maxRatio) {
                    throw bomb("has a part compressed more than " + maxRatio + " times");
                }
            }
        };
    }

    private static InvalidValueException bomb(String why) {
        return new InvalidValueException("file", why + "; refused as a possible zip bomb");
    }
}
