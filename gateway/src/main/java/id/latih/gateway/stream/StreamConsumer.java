package id.latih.gateway.stream;

import id.latih.events.EventCatalog;
import id.latih.events.EventType;
import id.latih.gateway.kafka.KafkaReader;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Kafka consumer of this gateway instance: reads every Latih topic with a group of its own (so every
 * instance sees every event) and hands each record to the {@link StreamHub}. On its first assignment of a partition
 * it starts {@link StreamProperties#retention()} back in time, so a restarted gateway can still resume streams from
 * the last hour; it commits nothing. Stopping ends the open streams first, so a graceful shutdown does not wait for
 * them.
 */
public final class StreamConsumer extends KafkaReader {

    private static final Logger log = LoggerFactory.getLogger(StreamConsumer.class);

    private final StreamProperties settings;
    private final StreamHub hub;
    private final CloudEventJson cloudEvents;
    private final Clock clock;
    private final Map<TopicPartition, Long> next = new HashMap<>();

    StreamConsumer(StreamProperties settings, StreamHub hub, CloudEventJson cloudEvents, Clock clock) {
        super("event-stream-consumer");
        this.settings = settings;
        this.hub = hub;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
    }

    public static List<String> topics() {
        return EventCatalog.ALL.stream().map(EventType::topic).distinct().toList();
    }

    @Override
    protected Properties properties() {
        Properties p = consumerProperties(settings.brokers(), settings.groupIdPrefix() + "-" + UUID.randomUUID(),
                settings.maxPollRecords());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        return p;
    }

    @Override
    protected void subscribe(KafkaConsumer<byte[], byte[]> consumer) {
        consumer.subscribe(topics(), new StartFromRetention(consumer));
    }

    @Override
    protected void pollOnce(KafkaConsumer<byte[], byte[]> consumer) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            hub.publish(sequence -> cloudEvents.toEvent(record, sequence));
        }
    }

    @Override
    protected void failed(RuntimeException cause) {
        log.warn("The event stream could not read from Kafka; retrying in a second", cause);
    }

    /** Ends the open streams first, so a graceful shutdown does not wait for them. */
    @Override
    public void stop() {
        hub.close();
        super.stop();
    }

    /** A partition seen before continues where it was; a new one starts at the retention's beginning. */
    private final class StartFromRetention implements ConsumerRebalanceListener {

        private final KafkaConsumer<byte[], byte[]> consumer;

        StartFromRetention(KafkaConsumer<byte[], byte[]> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<TopicPartition, Long> since = new HashMap<>();
            for (TopicPartition partition : partitions) {
                Long offset = next.get(partition);
                if (offset != null) {
                    consumer.seek(partition, offset);
                } else {
                    since.put(partition, clock.millis() - settings.retention().toMillis());
                }
            }
            if (since.isEmpty()) {
                return;
            }
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(since);
            for (TopicPartition partition : since.keySet()) {
                OffsetAndTimestamp offset = found.get(partition);
                if (offset != null) {
                    consumer.seek(partition, offset.offset());
                } else {
                    consumer.seekToEnd(List.of(partition));
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing is committed: the positions this instance read are kept in memory.
        }
    }
}
