package id.latih.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One circuit breaker per route, tuned for a province's traffic, which is low most of the day: the breaker judges
 * the calls of a short time window rather than the last N calls, and needs only a few of them, so a dead service
 * is noticed within seconds even when few people call it.
 *
 * @param minimumCalls     calls in the window before the failure rate counts
 * @param window           the time-based window the failure rate is measured over
 * @param failureRate      percentage of failed calls that opens the breaker
 * @param openFor          how long calls are refused at once before a few trial calls are let through
 * @param trialCalls       calls let through while half open
 */
@ConfigurationProperties("latih.gateway.circuit-breaker")
public record GatewayCircuitBreakers(Integer minimumCalls, Duration window, Float failureRate, Duration openFor,
                                     Integer trialCalls) {

    public GatewayCircuitBreakers {
        minimumCalls = minimumCalls == null ? 3 : minimumCalls;
        window = window == null ? Duration.ofSeconds(10) : window;
        failureRate = failureRate == null ? 50f : failureRate;
        openFor = openFor == null ? Duration.ofSeconds(5) : openFor;
        trialCalls = trialCalls == null ? 2 : trialCalls;
    }
}
