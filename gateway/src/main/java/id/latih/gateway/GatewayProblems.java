package id.latih.gateway;

import id.latih.gateway.observability.RequestTraces;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own answers as RFC 9457 problems ({@code application/problem+json}), with the same type URIs the
 * services use ({@code https://latih.id/problems/<kind>}). Every refusal and failure the gateway itself produces
 * goes through here, so a caller never has to parse anything but a problem. Each carries {@code correlationId}, the
 * request's trace id, as the services' problems do.
 */
public final class GatewayProblems {

    static final String TYPE_BASE = "https://latih.id/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_INSTANCE = 200;
    /** The path the caller asked for, kept by {@link RequestLimitFilter} before any forward to a fallback. */
    static final String REQUESTED_PATH = GatewayProblems.class.getName() + ".requestedPath";

    private GatewayProblems() {
    }

    /**
     * The path the caller asked for (not the fallback it was forwarded to), cut short: a problem never echoes a
     * request line of kilobytes back.
     */
    private static String instance(ServerWebExchange exchange) {
        String path = exchange.getAttributeOrDefault(REQUESTED_PATH, exchange.getRequest().getPath().value());
        return path.length() <= MAX_INSTANCE ? path : path.substring(0, MAX_INSTANCE) + "...";
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String kind, String title) {
        return write(exchange, status, kind, title, null);
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String kind, String title,
                                   String detail) {
        return write(exchange, status, kind, title, detail, List.of());
    }

    /** A problem with field-level {@code errors: [{field, reason}]}, as the services write validation problems. */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String kind, String title,
                                   String detail, List<Map<String, String>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + kind);
        problem.put("title", title);
        problem.put("status", status.value());
        if (detail != null) {
            problem.put("detail", detail);
        }
        problem.put("instance", instance(exchange));
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        problem.put("correlationId", RequestTraces.correlationId(exchange));
        exchange.getResponse().setStatusCode(status);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = exchange.getResponse().bufferFactory().wrap(JSON.writeValueAsString(problem)
                .getBytes(StandardCharsets.UTF_8));
        return exchange.getResponse().writeWith(Mono.just(body));
    }
}
