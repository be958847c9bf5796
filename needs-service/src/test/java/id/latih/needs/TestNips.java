package id.latih.needs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * NIPs no other test of this JVM uses. The tests share one store, and a NIP another agency already holds is no
 * longer a plain conflict but a transfer request, so a random pick from a thousand sequences is not enough. Each NIP
 * keeps the caller's appointment date and sex (digits 9-15) and gets the next sequence number; after 999 of them the
 * birth date moves on a day. Sequences start at 500, above the NIPs tests write out by hand.
 */
final class TestNips {

    private static final AtomicInteger NEXT = new AtomicInteger(500);
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private TestNips() {
    }

    /** A new NIP like {@code pattern} (its first 15 digits: birth date, appointment month, sex). */
    static String unique(String pattern) {
        int n = NEXT.getAndIncrement();
        LocalDate born = LocalDate.parse(pattern.substring(0, 8), BASIC).plusDays(n / 999);
        return born.format(BASIC) + pattern.substring(8, 15) + String.format("%03d", n % 999 + 1);
    }
}
