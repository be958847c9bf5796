package id.latih.gateway.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the signed webhooks ({@code latih.gateway.webhooks}); the defaults are in the gateway's application.yml,
 * where each is explained.
 *
 * @param brokers               the Kafka bootstrap servers the webhooks read events from
 * @param groupId               the consumer group every gateway instance shares: each event is taken in once
 * @param maxPerAgency          webhooks one agency may register
 * @param allowLocalhost        a development setting: http and https to localhost/127.0.0.1 are accepted
 * @param maxAttempts           attempts of one delivery before it is given up (failed)
 * @param initialBackoff        the wait after the first failed attempt; doubled after each further one
 * @param maxBackoff            the longest wait between two attempts
 * @param timeout               how long one attempt may take, connecting and answering
 * @param concurrencyPerWebhook deliveries to one webhook in flight at once, per gateway instance
 * @param disableAfterFailures  failed attempts in a row (across deliveries) after which a webhook is disabled
 * @param maxPending            deliveries waiting for one webhook before it is disabled as backlogged
 * @param lease                 how long an instance holds a claimed delivery before another may take it over
 * @param pollInterval          how often each instance looks for due deliveries
 * @param batchSize             due deliveries looked at per poll
 * @param maxPageSize           the largest page of webhooks or deliveries
 */
@ConfigurationProperties("latih.gateway.webhooks")
public record WebhookProperties(String brokers, String groupId, Integer maxPerAgency, Boolean allowLocalhost,
                                Integer maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration timeout,
                                Integer concurrencyPerWebhook, Integer disableAfterFailures, Integer maxPending,
                                Duration lease, Duration pollInterval, Integer batchSize, Integer maxPageSize) {

    public WebhookProperties {
        brokers = brokers == null ? "localhost:9092" : brokers;
        groupId = groupId == null ? "gateway-webhooks" : groupId;
        maxPerAgency = maxPerAgency == null ? 10 : maxPerAgency;
        allowLocalhost = allowLocalhost != null && allowLocalhost;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(10) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        concurrencyPerWebhook = concurrencyPerWebhook == null ? 2 : concurrencyPerWebhook;
        disableAfterFailures = disableAfterFailures == null ? 20 : disableAfterFailures;
        maxPending = maxPending == null ? 10_000 : maxPending;
        lease = lease == null ? Duration.ofMinutes(1) : lease;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        maxPageSize = maxPageSize == null ? 100 : maxPageSize;
        if (lease.compareTo(timeout) <= 0) {
            throw new IllegalArgumentException("latih.gateway.webhooks.lease (" + lease
                    + ") must exceed timeout (" + timeout + "): an attempt must end before another instance may retry it");
        }
    }

    /** The wait before attempt {@code attempts + 1}: initial-backoff doubled per failed attempt, at most max-backoff. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 || wait.isNegative() ? maxBackoff : wait;
    }
}
