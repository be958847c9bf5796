package id.latih.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param collections       the aggregate collections whose documents carry a {@code pendingEvents} array
 * @param pollInterval      how often the relay looks for due events when nobody woke it
 * @param batchSize         how many documents one pass reads per collection
 * @param maxEventBytes     the largest record (key, headers and body) a command may cause; kept below the
 *                          producer's {@code max.request.size} so the producer never refuses one for its size
 * @param parkAfterAttempts failed attempts of one event, the last of them permanent, before it is parked
 * @param retryInitial      back-off after the first failed attempt of an event; doubles with every further one
 * @param retryMax          longest back-off between two attempts of one event
 * @param sendTimeout       how long a pass waits for the broker's acknowledgements before it counts a send as failed
 * @param leaseDuration     how long a relay's lease lasts unless renewed; a dead holder is replaced after this
 * @param stuckAfter        a relay whose loop has not turned for this long is reported DOWN
 * @param producer          Kafka producer properties for the relay's own producer (over the chassis defaults)
 */
@ConfigurationProperties("latih.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, Integer batchSize,
                               Integer maxEventBytes, Integer parkAfterAttempts, Duration retryInitial,
                               Duration retryMax, Duration sendTimeout, Duration leaseDuration,
                               Duration stuckAfter, Map<String, String> producer) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        maxEventBytes = maxEventBytes == null ? 900_000 : maxEventBytes;
        parkAfterAttempts = parkAfterAttempts == null ? 3 : parkAfterAttempts;
        retryInitial = retryInitial == null ? Duration.ofSeconds(1) : retryInitial;
        retryMax = retryMax == null ? Duration.ofSeconds(30) : retryMax;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(15) : sendTimeout;
        leaseDuration = leaseDuration == null ? Duration.ofSeconds(10) : leaseDuration;
        stuckAfter = stuckAfter == null ? Duration.ofMinutes(2) : stuckAfter;
        producer = producer == null ? Map.of() : Map.copyOf(producer);
    }

    /** Only the collections, everything else at its default: for relays built by hand (tests, tools). */
    public static OutboxProperties of(List<String> collections) {
        return new OutboxProperties(collections, null, null, null, null, null, null, null, null, null, null);
    }

    /** The back-off before the next attempt of an event that has failed {@code attempts} times. */
    Duration backOff(int attempts) {
        Duration delay = retryInitial.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(retryMax) > 0 ? retryMax : delay;
    }
}
