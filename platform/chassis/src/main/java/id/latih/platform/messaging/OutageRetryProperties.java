package id.latih.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a consumer keeps retrying an event that failed for a reason that passes by itself (the store or the
 * broker unreachable, the event's target not created yet). Such an event is not at fault, so it is not dead-lettered
 * after the few retries other failures get; only when the outage outlasts {@code retryFor} does it go there too.
 *
 * @param retryFor        how long to keep retrying one event before dead-lettering it, counted in pauses between
 *                        attempts (the attempts' own time, e.g. waiting for the store to answer, comes on top)
 * @param backOffInitial  the first pause; each later pause doubles it
 * @param backOffMax      the longest pause; it must stay well below the consumer's {@code max.poll.interval.ms}
 */
@ConfigurationProperties("latih.messaging.outage")
public record OutageRetryProperties(Duration retryFor, Duration backOffInitial, Duration backOffMax) {

    public OutageRetryProperties {
        retryFor = retryFor == null ? Duration.ofMinutes(10) : retryFor;
        backOffInitial = backOffInitial == null ? Duration.ofSeconds(1) : backOffInitial;
        backOffMax = backOffMax == null ? Duration.ofSeconds(30) : backOffMax;
    }
}
