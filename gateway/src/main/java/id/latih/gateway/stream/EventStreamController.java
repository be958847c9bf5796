package id.latih.gateway.stream;

import id.latih.events.EventCatalog;
import id.latih.gateway.AgencyRateLimitFilter;
import id.latih.gateway.GatewayProblems;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScopes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.NettyOutbound;

/**
 * {@code GET /api/stream}: the events the caller may see, live, as Server-Sent Events whose data is a CloudEvent in
 * JSON. Served by the gateway itself, not a route to a service, so the proxy's circuit breaker and retries do not
 * apply; the token check does, and each connect counts against the agency's rate limit like any request.
 */
@RestController
class EventStreamController {

    static final String PATH = "/api/stream";
    private static final int MAX_TYPE_LENGTH = 100;

    private final StreamHub hub;
    private final AgencyRateLimitFilter rateLimits;

    EventStreamController(StreamHub hub, AgencyRateLimitFilter rateLimits) {
        this.hub = hub;
        this.rateLimits = rateLimits;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Mono<Void> stream(@AuthenticationPrincipal Jwt token,
                      @RequestParam(name = "type", required = false) List<String> types,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      ServerWebExchange exchange) {
        AgencyScope scope = AgencyScopes.from(token);
        scope.requireReader();
        if (!rateLimits.tryAcquire(scope.agencyCode())) {
            throw StreamRefused.tooMany("rate-limited", "Too many requests from agency " + scope.agencyCode(), null,
                    rateLimits.period());
        }
        StreamAudience audience = new StreamAudience(scope, validTypes(types));
        Optional<StreamPosition> from = Optional.empty();
        if (lastEventId != null) {
            from = Optional.of(StreamPosition.parse(lastEventId).orElseThrow(() -> StreamRefused.invalid(
                    "Last-Event-ID", "must be the id of an event of this stream")));
        }
        Flux<byte[]> frames = hub.subscribe(audience, from, () -> close(exchange));
        ServerHttpResponse response = exchange.getResponse();
        response.getHeaders().setContentType(MediaType.TEXT_EVENT_STREAM);
        response.getHeaders().setCacheControl("no-cache");
        // Each frame is shared by every stream that gets the event; wrapping it copies nothing.
        return response.writeAndFlushWith(frames.map(frame -> Mono.just(response.bufferFactory().wrap(frame))));
    }

    private static Set<String> validTypes(List<String> types) {
        if (types == null) {
            return Set.of();
        }
        if (types.size() > EventCatalog.ALL.size()) {
            throw StreamRefused.invalid("type", "at most " + EventCatalog.ALL.size() + " types");
        }
        Set<String> valid = new LinkedHashSet<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (type.length() > MAX_TYPE_LENGTH || EventCatalog.byCeType(type).isEmpty()) {
                throw StreamRefused.invalid("type[" + i + "]",
                        "not an event type of the catalog, e.g. latih.enrollments.EnrollmentConfirmed.v1");
            }
            valid.add(type);
        }
        return valid;
    }

    /** Closes the connection under a dropped stream whose client did not take its last event. */
    private static void close(ServerWebExchange exchange) {
        Object response = ServerHttpResponseDecorator.getNativeResponse(exchange.getResponse());
        if (response instanceof NettyOutbound outbound) {
            outbound.withConnection(Connection::dispose);
        }
    }

    @ExceptionHandler(StreamRefused.class)
    Mono<Void> refused(StreamRefused refused, ServerWebExchange exchange) {
        if (refused.retryAfter != null) {
            exchange.getResponse().getHeaders().set("Retry-After",
                    String.valueOf(Math.max(1, refused.retryAfter.toSeconds())));
        }
        return GatewayProblems.write(exchange, refused.status, refused.kind, refused.getMessage(), refused.detail,
                refused.errors);
    }

}
