package id.latih.gateway;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where the circuit breaker of every route falls back to: a 503 problem naming the service (the route's
 * {@code service} metadata) instead of a connection error or a hanging call. While the breaker is open the answer
 * is immediate and says when to try again ({@code Retry-After}).
 */
@RestController
class ServiceUnavailable {

    static final String PATH = "/gateway/unavailable";

    private final GatewayCircuitBreakers breakers;

    ServiceUnavailable(GatewayCircuitBreakers breakers) {
        this.breakers = breakers;
    }

    @RequestMapping(PATH)
    Mono<Void> unavailable(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object service = route == null ? null : route.getMetadata().get("service");
        String name = service == null ? "the service" : service.toString();
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String detail;
        if (cause instanceof CallNotPermittedException) {
            exchange.getResponse().getHeaders().set("Retry-After",
                    String.valueOf(Math.max(1, breakers.openFor().toSeconds())));
            detail = name + " failed repeatedly; calls to it are paused for a few seconds";
        } else {
            detail = name + " is not answering";
        }
        exchange.getResponse().getHeaders().remove("Content-Length");
        return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "The service is not available", detail);
    }
}
