package id.latih.gateway.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace of a request the gateway handles, found through the request's server observation (kept in the exchange)
 * rather than a thread-local: the gateway's work hops threads, and its problems are written wherever the refusal
 * happens (security, rate limit, fallback, error handler).
 */
public final class RequestTraces {

    private RequestTraces() {
    }

    /** The id of the request's trace, the one the services' logs and problems show too; random outside a trace. */
    public static String correlationId(ServerWebExchange exchange) {
        return traceId(exchange).orElseGet(() -> UUID.randomUUID().toString().replace("-", ""));
    }

    static Optional<String> traceId(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .map(Span::context)
                .map(context -> context.traceId())
                .filter(id -> !id.isEmpty());
    }
}
