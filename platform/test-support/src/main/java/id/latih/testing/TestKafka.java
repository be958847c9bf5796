package id.latih.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import id.latih.events.EventCatalog;
import id.latih.events.EventJson;
import id.latih.events.LatihEvent;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Sends records to the test broker as another stage, or a careless outside producer, would. */
public final class TestKafka {

    private TestKafka() {
    }

    /** Sends the event as its producing stage would: JSON body, aggregate id as key, CloudEvents headers. */
    public static void send(String topic, LatihEvent event) {
        sendRaw(topic, event.aggregateId(), EventJson.write(event),
                EventCatalog.typeOf(event.getClass()).ceType(), event.eventId().toString());
    }

    /**
     * Sends the event to one partition, whatever its key: what a consumer sees after partitions were added to the
     * topic, when events of one aggregate written before and after the change sit in different partitions.
     */
    public static void send(String topic, int partition, LatihEvent event) {
        send(topic, partition, event.aggregateId(), EventJson.write(event),
                EventCatalog.typeOf(event.getClass()).ceType(), event.eventId().toString());
    }

    /** Sends any bytes with the given type header (null for none). */
    public static void sendRaw(String topic, String key, byte[] value, String ceType, String ceId) {
        send(topic, null, key, value, ceType, ceId);
    }

    private static void send(String topic, Integer partition, String key, byte[] value, String ceType, String ceId) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBrokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, partition, key.getBytes(UTF_8), value);
            if (ceType != null) {
                record.headers().add("ce_type", ceType.getBytes(UTF_8));
            }
            record.headers().add("ce_id", (ceId == null ? UUID.randomUUID().toString() : ceId).getBytes(UTF_8));
            record.headers().add("ce_specversion", "1.0".getBytes(UTF_8));
            producer.send(record);
        }
    }
}
