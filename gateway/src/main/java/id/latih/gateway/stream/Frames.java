package id.latih.gateway.stream;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * An event's Server-Sent Events frames ({@code id:} and {@code data:}), encoded once, full and without personal data,
 * and shared by every stream that gets the event: a thousand streams cost one encoding, not a thousand.
 */
final class Frames {

    static final byte[] OPEN = ":open\n\n".getBytes(UTF_8);
    static final byte[] HEARTBEAT = ":heartbeat\n\n".getBytes(UTF_8);
    static final byte[] CLOSING = ":closing\n\n".getBytes(UTF_8);
    static final byte[] DROPPED = notice("dropped", "{\"reason\":\"too-slow\",\"detail\":\"More events waited for "
            + "this stream than its buffer holds; reconnect with Last-Event-ID to resume\"}");
    static final byte[] GAP = notice("gap", "{\"reason\":\"position-too-old\",\"detail\":\"Events after the given "
            + "Last-Event-ID are no longer buffered; what follows starts with the oldest kept\"}");

    private final StreamEvent event;
    private final byte[] full;
    private final byte[] redacted;

    Frames(String epoch, StreamEvent event) {
        this.event = event;
        String id = StreamPosition.of(epoch, event);
        this.full = frame(id, event.full());
        this.redacted = event.redacted().equals(event.full()) ? full : frame(id, event.redacted());
    }

    StreamEvent event() {
        return event;
    }

    /** The frame a subscriber of this audience gets, or null when it may not see the event. */
    byte[] forAudience(StreamAudience audience) {
        return switch (audience.see(event)) {
            case NONE -> null;
            case FULL -> full;
            case REDACTED -> redacted;
        };
    }

    /** The JSON holds no line breaks (it is written compactly), so one {@code data:} line carries it. */
    private static byte[] frame(String id, String json) {
        return ("id:" + id + "\ndata:" + json + "\n\n").getBytes(UTF_8);
    }

    private static byte[] notice(String name, String json) {
        return ("event:" + name + "\ndata:" + json + "\n\n").getBytes(UTF_8);
    }
}
