package id.latih.gateway;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One Resilience4j rate limiter per agency, so one agency's burst cannot starve the others. Limits are per gateway
 * instance; with several replicas each agency gets the allowance on each.
 */
@Component("agencyRateLimiter")
class AgencyRateLimiter implements RateLimiter<Object> {

    private final RateLimiterRegistry registry;
    private final AgencyRateLimits limits;

    AgencyRateLimiter(AgencyRateLimits limits) {
        this.limits = limits;
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(limits.requestsPerPeriod()).limitRefreshPeriod(limits.period())
                .timeoutDuration(Duration.ZERO).build());
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String agency) {
        io.github.resilience4j.ratelimiter.RateLimiter limiter = registry.rateLimiter(agency);
        boolean allowed = limiter.acquirePermission();
        return Mono.just(new Response(allowed, Map.of(
                "X-RateLimit-Limit", String.valueOf(limits.requestsPerPeriod()),
                "X-RateLimit-Remaining", String.valueOf(Math.max(0, limiter.getMetrics().getAvailablePermissions())))));
    }

    @Override
    public Map<String, Object> getConfig() {
        return Map.of();
    }

    @Override
    public Class<Object> getConfigClass() {
        return Object.class;
    }

    @Override
    public Object newConfig() {
        return new Object();
    }
}
