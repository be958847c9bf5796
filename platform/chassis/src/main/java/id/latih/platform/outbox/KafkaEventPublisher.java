package id.latih.platform.outbox;

import id.latih.platform.metrics.EventMetrics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;

/**
 * The relay's own Kafka producer: acks=all and idempotent, so an acknowledged record is stored once, and records of
 * one key (one aggregate, one partition) keep their order through the producer's retries. Owned by the chassis:
 * services never see Kafka. Sends are asynchronous so a pass can put a whole batch in flight and then wait once.
 */
public class KafkaEventPublisher implements EventPublisher, DisposableBean {

    private final KafkaProducer<byte[], byte[]> producer;
    private final EventMetrics metrics;

    public KafkaEventPublisher(String brokers, Map<String, String> overrides, int maxEventBytes, EventMetrics metrics) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        // Kafka 4's default "rebootstrap" recovery spins when no broker answers (every failed connection starts a
        // new bootstrap at once), burning a core and flooding the log during a broker outage; "none" keeps retrying
        // the known brokers with the reconnect back-off, as clients before 4.0 did.
        config.put(CommonClientConfigs.METADATA_RECOVERY_STRATEGY_CONFIG, "none");
        config.putAll(overrides);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        int maxRequestSize = Integer.parseInt(String.valueOf(
                config.getOrDefault(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "1048576")));
        if (maxEventBytes >= maxRequestSize) {
            throw new IllegalStateException("latih.outbox.max-event-bytes (" + maxEventBytes
                    + ") must be below the producer's max.request.size (" + maxRequestSize + ")");
        }
        this.producer = new KafkaProducer<>(config);
        this.metrics = metrics;
    }

    @Override
    public CompletableFuture<Void> send(PendingEvent event) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        try {
            producer.send(CloudEventMessages.toRecord(event), (metadata, failure) -> {
                if (failure == null) {
                    metrics.published(event.ceType());
                    acknowledged.complete(null);
                } else {
                    acknowledged.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException refused) {
            acknowledged.completeExceptionally(refused);
        }
        return acknowledged;
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(5));
    }
}
