package id.latih.platform.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param collections   the aggregate collections whose documents carry a {@code pendingEvents} array
 * @param pollInterval  how often the relay looks for pending events when nobody woke it
 * @param batchSize     how many documents one pass reads per collection
 */
@ConfigurationProperties("latih.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, Integer batchSize) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
    }
}
