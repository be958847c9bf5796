package id.latih.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param requestsPerPeriod how many requests one agency may make per period, across all its clients and users
 * @param period            the refresh period of the allowance
 */
@ConfigurationProperties("latih.gateway.rate-limit")
public record AgencyRateLimits(Integer requestsPerPeriod, Duration period) {

    public AgencyRateLimits {
        requestsPerPeriod = requestsPerPeriod == null ? 100 : requestsPerPeriod;
        period = period == null ? Duration.ofSeconds(1) : period;
    }
}
