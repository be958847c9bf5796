package id.latih.gateway.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A webhook request that changes nothing, answered as a problem by {@link WebhookController}. */
final class WebhookRefused extends RuntimeException {

    final HttpStatus status;
    final String kind;
    final String detail;
    final List<Map<String, String>> errors;
    final Duration retryAfter;

    private WebhookRefused(HttpStatus status, String kind, String title, String detail,
                           List<Map<String, String>> errors) {
        this(status, kind, title, detail, errors, null);
    }

    private WebhookRefused(HttpStatus status, String kind, String title, String detail,
                           List<Map<String, String>> errors, Duration retryAfter) {
        super(title, null, false, false);
        this.retryAfter = retryAfter;
        this.status = status;
        this.kind = kind;
        this.detail = detail;
        this.errors = errors;
    }

    static WebhookRefused invalid(String field, String reason) {
        return new WebhookRefused(HttpStatus.BAD_REQUEST, "validation", "The request is not valid", null,
                List.of(Map.of("field", field, "reason", reason)));
    }

    /** Not found, also when it exists for another agency: the caller learns nothing about others' webhooks. */
    static WebhookRefused notFound(String id) {
        return new WebhookRefused(HttpStatus.NOT_FOUND, "not-found", "Webhook not found",
                "No webhook " + id + " of your agency", List.of());
    }

    static WebhookRefused rateLimited(String agency, Duration retryAfter) {
        return new WebhookRefused(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests from agency "
                + agency, null, List.of(), retryAfter);
    }

    static WebhookRefused rule(String title, String detail) {
        return new WebhookRefused(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", title, detail, List.of());
    }
}
