package id.latih.gateway.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A stream that is not opened, answered as a problem by {@link EventStreamController}. */
final class StreamRefused extends RuntimeException {

    final HttpStatus status;
    final String kind;
    final String detail;
    final Duration retryAfter;
    final List<Map<String, String>> errors;

    private StreamRefused(HttpStatus status, String kind, String title, String detail, Duration retryAfter,
                          List<Map<String, String>> errors) {
        super(title, null, false, false);
        this.status = status;
        this.kind = kind;
        this.detail = detail;
        this.retryAfter = retryAfter;
        this.errors = errors;
    }

    static StreamRefused tooMany(String kind, String title, String detail, Duration retryAfter) {
        return new StreamRefused(HttpStatus.TOO_MANY_REQUESTS, kind, title, detail, retryAfter, List.of());
    }

    static StreamRefused invalid(String field, String reason) {
        return new StreamRefused(HttpStatus.BAD_REQUEST, "validation", "The request is not valid", null, null,
                List.of(Map.of("field", field, "reason", reason)));
    }
}
