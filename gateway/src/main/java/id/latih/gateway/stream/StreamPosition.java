package id.latih.gateway.stream;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's SSE {@code id}: {@code <instance epoch>-<sequence>-<time in ms>}. On the instance that gave it (same
 * epoch) the sequence resumes exactly after the event; on another instance, or after a restart, the time does: every
 * buffered event from shortly before it on ({@link StreamProperties#resumeMargin()}), so a reconnect may repeat a few
 * events (same CloudEvents {@code id}) but loses none.
 */
record StreamPosition(String epoch, long sequence, long timestamp) {

    static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("([a-z0-9]{1,16})-([0-9]{1,18})-([0-9]{1,18})");

    static Optional<StreamPosition> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new StreamPosition(matcher.group(1), Long.parseLong(matcher.group(2)),
                Long.parseLong(matcher.group(3))));
    }

    static String of(String epoch, StreamEvent event) {
        return epoch + "-" + event.sequence() + "-" + event.timestamp();
    }
}
