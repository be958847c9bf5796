package id.latih.gateway;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for the configured dashboard origins only ({@link CorsSettings}), before the token check: a browser's preflight
 * carries no token and is answered here. A cross-origin request from any other origin is refused with a 403 problem
 * (Spring's own refusal is a bare body). Credentials (cookies) are never allowed: callers send a bearer token.
 */
@Component
class CorsFilter implements WebFilter, Ordered {

    private final CorsConfiguration config = new CorsConfiguration();
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();

    CorsFilter(CorsSettings settings) {
        config.setAllowedOrigins(settings.allowedOrigins());
        config.setAllowedMethods(settings.allowedMethods());
        config.setAllowedHeaders(settings.allowedHeaders());
        config.setExposedHeaders(settings.exposedHeaders());
        config.setMaxAge(settings.maxAge());
        config.setAllowCredentials(false);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(config, exchange)) {
            return GatewayProblems.write(exchange, HttpStatus.FORBIDDEN, "cors-refused",
                    "Cross-origin request refused", "This origin is not one of the configured dashboards");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
