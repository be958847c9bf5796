package id.latih.gateway;

import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses an over-long path (414) and an over-large body (413) with a problem, before the token check and before
 * any service sees the request. A declared {@code Content-Length} is judged at once; a body without one is read up
 * to the limit first (at most {@link RequestLimits#maxBodySize()} held per request) and then passed on, so a service
 * never receives half a body. File uploads ({@link UploadLimits}) have their own limit and stream through.
 */
@Component
class RequestLimitFilter implements WebFilter, Ordered {

    private final RequestLimits limits;
    private final UploadLimits uploads;

    RequestLimitFilter(RequestLimits limits, UploadLimits uploads) {
        this.limits = limits;
        this.uploads = uploads;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        exchange.getAttributes().putIfAbsent(GatewayProblems.REQUESTED_PATH, request.getURI().getRawPath());
        if (request.getURI().getRawPath().length() + lengthOf(request.getURI().getRawQuery())
                > limits.maxPathLength()) {
            return GatewayProblems.write(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long",
                    "The request path is too long", "At most " + limits.maxPathLength() + " characters");
        }
        long declared = request.getHeaders().getContentLength();
        Optional<DataSize> upload = uploads.limitFor(request.getURI().getRawPath());
        if (upload.isPresent()) {
            int uploadMax = (int) Math.min(upload.get().toBytes(), Integer.MAX_VALUE);
            return declared > uploadMax ? tooLarge(exchange, uploadMax) : chain.filter(exchange);
        }
        int max = (int) limits.maxBodySize().toBytes();
        if (declared > max) {
            return tooLarge(exchange, max);
        }
        if (declared >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), max)
                .map(body -> exchange.mutate().request(withBody(request, body)).build())
                .defaultIfEmpty(exchange)
                .onErrorResume(DataBufferLimitException.class,
                        e -> tooLarge(exchange, max).then(Mono.<ServerWebExchange>empty()))
                .flatMap(chain::filter);
    }

    private static ServerHttpRequest withBody(ServerHttpRequest request, DataBuffer body) {
        int length = body.readableByteCount();
        return new ServerHttpRequestDecorator(request) {
            @Override
            public HttpHeaders getHeaders() {
                HttpHeaders headers = HttpHeaders.copyOf(super.getHeaders());
                headers.remove(HttpHeaders.TRANSFER_ENCODING);
                headers.setContentLength(length);
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.just(body);
            }
        };
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, int max) {
        return GatewayProblems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "too-large",
                "The request body is too large", "At most " + max + " bytes");
    }

    private static int lengthOf(String query) {
        return query == null ? 0 : query.length() + 1;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
