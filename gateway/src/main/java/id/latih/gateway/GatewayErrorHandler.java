package id.latih.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns whatever escapes the routes and filters into a problem: an unknown path (404), a method the gateway does not
 * route (405), a malformed request (400), and anything unexpected (500, logged with its stack trace; the caller
 * learns nothing about the inside). Ordered before Boot's handler, whose body is not a problem.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode code = error instanceof ResponseStatusException known ? known.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null || status.is5xxServerError()) {
            log.error("Unexpected error at {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error);
            status = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        }
        exchange.getResponse().getHeaders().clear();
        return switch (status) {
            case NOT_FOUND -> GatewayProblems.write(exchange, status, "not-found", "Not found",
                    "No service answers this path");
            case METHOD_NOT_ALLOWED -> GatewayProblems.write(exchange, status, "method-not-allowed",
                    "Method not allowed");
            case PAYLOAD_TOO_LARGE -> GatewayProblems.write(exchange, status, "too-large",
                    "The request body is too large");
            case SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT, BAD_GATEWAY -> GatewayProblems.write(exchange, status,
                    "unavailable", "The service is not available");
            default -> status.is4xxClientError()
                    ? GatewayProblems.write(exchange, status, "bad-request", "The request is not valid")
                    : GatewayProblems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                            "Unexpected error");
        };
    }
}
