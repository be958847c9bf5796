package id.latih.needs.application;

import java.util.Arrays;

/**
 * The row on which each NIP of a file first appeared, to reject a NIP given twice. An open-addressing table of
 * primitive longs (an 18-digit NIP fits a long): 16 bytes a slot instead of about 80 per entry of a
 * {@code HashMap<Long, Long>}, which for a 200,000-row file is the difference between 8 and 16 MB.
 */
final class FirstRows {

    private static final long EMPTY = -1;

    private long[] keys = filled(1 << 10);
    private long[] rows = new long[1 << 10];
    private int size;

    /** The row {@code nip} first appeared on, or -1 after recording {@code row} as its first. */
    long putIfAbsent(long nip, long row) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(keys, nip);
        if (keys[slot] == nip) {
            return rows[slot];
        }
        keys[slot] = nip;
        rows[slot] = row;
        size++;
        return EMPTY;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldRows = rows;
        keys = filled(oldKeys.length * 2);
        rows = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long[] filled(int length) {
        long[] keys = new long[length];
        Arrays.fill(keys, EMPTY);
        return keys;
    }
}
