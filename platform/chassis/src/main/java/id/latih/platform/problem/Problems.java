package id.latih.platform.problem;

import id.latih.platform.tracing.TraceContexts;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems with a stable {@code type} URI per kind: {@code https://latih.id/problems/<kind>}. Every
 * problem carries {@code correlationId}: the id of the request's trace, the same id the log lines of the request (in
 * every service it reached, across Kafka too) and the trace store show, so one id finds everything. The property keeps
 * its older name, which clients already read; outside a trace it is a random id.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://latih.id/problems/";
    public static final String CORRELATION_ID = "correlationId";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String kind, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + kind));
        problem.setTitle(ProblemTitles.title(kind, locale));
        problem.setProperty(CORRELATION_ID, correlationId());
        return problem;
    }

    /** A validation problem naming each offending field and why. */
    public static ProblemDetail invalid(List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation",
                errors.size() == 1 ? errors.get(0).get("field") + ": " + errors.get(0).get("reason")
                        : errors.size() + " fields are not valid", locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The kind of a problem Spring MVC or the servlet container raised, by its status. */
    public static String kindOf(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> "internal";
        };
    }

    /** The current trace's id, or a random id where there is no trace. */
    public static String correlationId() {
        String traceId = TraceContexts.currentTraceId();
        return traceId != null ? traceId : UUID.randomUUID().toString().replace("-", "");
    }

    public static Map<String, String> fieldError(String field, String reason) {
        return Map.of("field", field, "reason", reason);
    }
}
