package id.latih.gateway;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes every client-supplied identity or tenant header ({@link IdentityHeaders}) before anything else runs, so
 * neither the gateway's own filters nor a service ever see them: who the caller is comes only from the validated
 * token, which is relayed unchanged.
 */
@Component
class IdentityHeaderFilter implements WebFilter, Ordered {

    private final IdentityHeaders headers;

    IdentityHeaderFilter(IdentityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> present = exchange.getRequest().getHeaders().headerNames().stream().filter(headers::strips)
                .toList();
        if (present.isEmpty()) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request -> request.headers(h -> present.forEach(h::remove)))
                .build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
