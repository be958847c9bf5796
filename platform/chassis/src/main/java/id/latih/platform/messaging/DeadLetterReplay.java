package id.latih.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code POST /actuator/deadletters} sends the messages waiting in this service's dead-letter topic back to the topic
 * they came from, with their original key, value and CloudEvents headers. Every consumer group sees them again; they
 * are idempotent, so only the one that failed applies them. Replay after fixing the cause (or the data).
 * <p>
 * It replays exactly what was there when it started: it reads each partition up to the end offset captured first,
 * however slowly the broker answers, and letters dead-lettered meanwhile wait for the next replay. A letter that names
 * no original topic cannot be routed: it is skipped and reported, and the others are still replayed. Progress is
 * committed only after the broker has acknowledged every replayed message, so a failed replay can simply be repeated.
 */
@Endpoint(id = "deadletters")
public class DeadLetterReplay {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    private static final List<String> ORIGINAL_TOPIC_HEADERS = List.of("kafka_dlt-original-topic", "x-original-topic");

    private final String brokers;
    private final DeadLetters deadLetters;
    private final String serviceName;

    public DeadLetterReplay(String brokers, DeadLetters deadLetters, String serviceName) {
        this.brokers = brokers;
        this.deadLetters = deadLetters;
        this.serviceName = serviceName;
    }

    /** What one replay did. {@code skipped} names each letter left out as {@code partition-offset: reason}. */
    public record Outcome(String topic, int replayed, List<String> skipped) {
    }

    @WriteOperation
    public Outcome replay() throws InterruptedException, ExecutionException, TimeoutException {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters.topic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                return new Outcome(deadLetters.topic(), 0, List.of());
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            startWhereTheLastReplayStopped(consumer, partitions);

            List<Future<RecordMetadata>> sends = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (!reachedEnds(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("Dead letters not read to their end offsets within " + DEADLINE);
                }
                for (ConsumerRecord<byte[], byte[]> letter : consumer.poll(POLL)) {
                    if (letter.offset() >= ends.get(new TopicPartition(letter.topic(), letter.partition()))) {
                        continue;
                    }
                    String topic = originalTopic(letter);
                    if (topic == null) {
                        skipped.add(letter.partition() + "-" + letter.offset() + ": names no original topic");
                    } else {
                        sends.add(producer.send(toOriginal(letter, topic)));
                    }
                }
            }
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get(30, TimeUnit.SECONDS);
            }
            consumer.commitSync(committable(ends));
            return new Outcome(deadLetters.topic(), sends.size(), skipped);
        }
    }

    private static void startWhereTheLastReplayStopped(KafkaConsumer<byte[], byte[]> consumer,
                                                      List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata last = committed.get(partition);
            if (last == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, last.offset());
            }
        }
    }

    private static boolean reachedEnds(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static Map<TopicPartition, OffsetAndMetadata> committable(Map<TopicPartition, Long> ends) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        ends.forEach((partition, end) -> offsets.put(partition, new OffsetAndMetadata(end)));
        return offsets;
    }

    private static String originalTopic(ConsumerRecord<byte[], byte[]> letter) {
        for (String name : ORIGINAL_TOPIC_HEADERS) {
            Header header = letter.headers().lastHeader(name);
            if (header != null && header.value() != null && header.value().length > 0) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static ProducerRecord<byte[], byte[]> toOriginal(ConsumerRecord<byte[], byte[]> letter, String topic) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith("x-") && !header.key().startsWith("kafka_dlt")) {
                headers.add(header);
            }
        }
        return new ProducerRecord<>(topic, null, letter.key(), letter.value(), headers);
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, serviceName + "-dead-letter-replay");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }
}
