package id.latih.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from the beginning as an outside system would: a plain Kafka consumer, no Spring, no Java types.
 */
public final class EventTap implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();

    public EventTap(String brokers, String... topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "tap-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        consumer.subscribe(List.of(topics));
    }

    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    /** Waits until {@code count} records match, or fails after {@code timeout}; returns those records. */
    public List<ConsumerRecord<byte[], byte[]>> await(Predicate<ConsumerRecord<byte[], byte[]>> match, int count,
                                                      Duration timeout) {
        return awaitUntil(() -> seen.stream().filter(match).toList(), count, timeout);
    }

    /**
     * Waits until records of the type have {@code count} distinct subjects. Delivery is at least once, so after an
     * outage a subject may appear twice; what must hold is that none is missing.
     */
    public Set<String> awaitSubjects(String ceType, int count, Duration timeout) {
        return awaitUntil(() -> seen.stream().filter(r -> ceType.equals(header(r, "ce_type")))
                .map(r -> header(r, "ce_subject")).collect(Collectors.toSet()), count, timeout);
    }

    private <C extends Collection<?>> C awaitUntil(Supplier<C> found, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            C matching = found.get();
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Saw " + matching.size() + " of " + count + " expected in " + timeout
                        + " (" + seen.size() + " records seen in all)");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** Reads for the whole {@code period} and returns every record seen so far: to show that something never came. */
    public List<ConsumerRecord<byte[], byte[]>> readFor(Duration period) {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return seen();
    }

    public List<ConsumerRecord<byte[], byte[]>> awaitType(String ceType, int count, Duration timeout) {
        return await(r -> ceType.equals(header(r, "ce_type")), count, timeout);
    }

    public List<ConsumerRecord<byte[], byte[]>> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
