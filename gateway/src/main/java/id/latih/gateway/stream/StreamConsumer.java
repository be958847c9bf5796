package id.latih.gateway.stream;

import id.latih.events.EventCatalog;
import id.latih.events.EventType;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The one Kafka consumer of this gateway instance: reads every Latih topic with a group of its own (so every
 * instance sees every event) and hands each record to the {@link StreamHub}. On its first assignment of a partition
 * it starts {@link StreamProperties#retention()} back in time, so a restarted gateway can still resume streams from
 * the last hour; it commits nothing. Stopping ends the open streams first, so a graceful shutdown does not wait for
 * them.
 */
public final class StreamConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamConsumer.class);

    private final StreamProperties settings;
    private final StreamHub hub;
    private final CloudEventJson cloudEvents;
    private final Clock clock;
    private final Map<TopicPartition, Long> next = new HashMap<>();
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    StreamConsumer(StreamProperties settings, StreamHub hub, CloudEventJson cloudEvents, Clock clock) {
        this.settings = settings;
        this.hub = hub;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
    }

    public static List<String> topics() {
        return EventCatalog.ALL.stream().map(EventType::topic).distinct().toList();
    }

    @Override
    public void start() {
        running = true;
        consumer = new KafkaConsumer<>(properties());
        thread = new Thread(this::run, "event-stream-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(topics(), new StartFromRetention());
            while (running) {
                try {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                        hub.publish(sequence -> cloudEvents.toEvent(record, sequence));
                    }
                } catch (WakeupException stopping) {
                    break;
                } catch (RuntimeException e) {
                    log.warn("The event stream could not read from Kafka; retrying in a second", e);
                    pause();
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.brokers());
        // Kafka 4's default "rebootstrap" recovery spins when no broker answers (every failed connection starts a
        // new bootstrap at once), burning a core and flooding the log during a broker outage; "none" keeps retrying
        // the known brokers with the reconnect back-off, as clients before 4.0 did.
        p.put(CommonClientConfigs.METADATA_RECOVERY_STRATEGY_CONFIG, "none");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupIdPrefix() + "-" + UUID.randomUUID());
        p.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return p;
    }

    /** A partition seen before continues where it was; a new one starts at the retention's beginning. */
    private final class StartFromRetention implements ConsumerRebalanceListener {

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

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        hub.close();
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
