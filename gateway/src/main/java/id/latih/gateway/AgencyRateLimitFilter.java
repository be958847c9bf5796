package id.latih.gateway;

import id.latih.gateway.observability.AgencyTags;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One Resilience4j rate limiter per agency, keyed by the validated token's {@code agency} claim (never a header the
 * caller sets), so one agency's burst cannot starve the others. Over the limit: 429 with a problem body and
 * {@code Retry-After}. Limits are per gateway instance.
 */
@Component
public class AgencyRateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimiterRegistry registry;
    private final AgencyRateLimits limits;

    AgencyRateLimitFilter(AgencyRateLimits limits) {
        this.limits = limits;
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(limits.requestsPerPeriod()).limitRefreshPeriod(limits.period())
                .timeoutDuration(Duration.ZERO).build());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> ((JwtAuthenticationToken) principal).getToken().getClaimAsString("agency"))
                .defaultIfEmpty("")
                .flatMap(agency -> {
                    AgencyTags.remember(exchange, agency);
                    RateLimiter limiter = registry.rateLimiter(agency.isEmpty() ? "(no agency)" : agency);
                    if (limiter.acquirePermission()) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After",
                            String.valueOf(Math.max(1, limits.period().toSeconds())));
                    return GatewayProblems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            "Too many requests from agency " + agency);
                });
    }

    /**
     * Takes one request of the agency's allowance, for what the gateway serves itself rather than routes (the event
     * stream's connects); false when the agency is over its limit.
     */
    public boolean tryAcquire(String agency) {
        return registry.rateLimiter(agency == null || agency.isEmpty() ? "(no agency)" : agency).acquirePermission();
    }

    /** The period of the allowance: how long a refused caller waits at most. */
    public Duration period() {
        return limits.period();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
