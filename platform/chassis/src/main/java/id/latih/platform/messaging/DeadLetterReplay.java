package id.latih.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code POST /actuator/deadletters} sends every message waiting in this service's dead-letter topic back to the
 * topic it came from, with its original key, value and CloudEvents headers. Every consumer group sees it again; they
 * are idempotent, so only the one that failed it applies it. Replay after fixing the cause (or the data).
 */
@Endpoint(id = "deadletters")
public class DeadLetterReplay {

    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final List<String> ORIGINAL_TOPIC_HEADERS = List.of("x-original-topic", "kafka_dlt-original-topic");

    private final String brokers;
    private final DeadLetters deadLetters;
    private final String serviceName;

    public DeadLetterReplay(String brokers, DeadLetters deadLetters, String serviceName) {
        this.brokers = brokers;
        this.deadLetters = deadLetters;
        this.serviceName = serviceName;
    }

    @WriteOperation
    public Map<String, Object> replay() {
        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties())) {
            consumer.subscribe(List.of(deadLetters.topic()));
            ConsumerRecords<byte[], byte[]> batch;
            while (!(batch = consumer.poll(QUIET)).isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    producer.send(toOriginal(record));
                    replayed++;
                }
                producer.flush();
                consumer.commitSync();
            }
        }
        return Map.of("topic", deadLetters.topic(), "replayed", replayed);
    }

    private static ProducerRecord<byte[], byte[]> toOriginal(ConsumerRecord<byte[], byte[]> record) {
        String topic = null;
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (ORIGINAL_TOPIC_HEADERS.contains(header.key())) {
                topic = new String(header.value(), StandardCharsets.UTF_8);
            } else if (!header.key().startsWith("x-") && !header.key().startsWith("kafka_dlt")) {
                headers.add(header);
            }
        }
        if (topic == null) {
            throw new IllegalStateException("Dead letter at offset " + record.offset() + " names no original topic");
        }
        return new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, serviceName + "-dead-letter-replay");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
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
