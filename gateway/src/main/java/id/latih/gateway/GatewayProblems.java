package id.latih.gateway;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The gateway's own refusals as RFC 9457 problems, with the same type URIs the services use. */
final class GatewayProblems {

    private GatewayProblems() {
    }

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String kind, String title) {
        exchange.getResponse().setStatusCode(status);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String json = "{\"type\":\"https://latih.id/problems/" + kind + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"instance\":\"" + exchange.getRequest().getPath() + "\"}";
        DataBuffer body = exchange.getResponse().bufferFactory().wrap(json.getBytes(StandardCharsets.UTF_8));
        return exchange.getResponse().writeWith(Mono.just(body));
    }
}
