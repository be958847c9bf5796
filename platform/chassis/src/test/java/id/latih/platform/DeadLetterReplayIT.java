package id.latih.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EventJson;
import id.latih.events.NeedIdentified;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Replaying dead letters: a letter that cannot be routed is reported and skipped; the others are still replayed. */
class DeadLetterReplayIT extends ServiceIntegrationTest {

    private static final String DEAD_LETTERS = "latih.dlq.chassis-test";

    @Autowired
    MongoTemplate mongo;

    @Test
    void replay_skips_and_reports_a_letter_naming_no_original_topic_and_replays_the_rest() throws Exception {
        String nip = "19900101201503" + (1000 + (int) (Math.random() * 8999));
        NeedIdentified event = new NeedIdentified(UUID.randomUUID(), Instant.now(), "3273.DINKES", "need-" + nip, nip,
                "M.02", "MANAJERIAL", 2, 3, "ASSESSMENT", 2026, 1);
        RecordMetadata unroutable = letter(event, null);
        letter(event, "latih.needs.events");

        Response replay = http().post("/actuator/deadletters", TestTokens.token("32.BPSDM", "PLATFORM_OPERATOR"), "{}");

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body().get("replayed").asInt()).isPositive();
        assertThat(replay.body().get("skipped").toString())
                .contains(unroutable.partition() + "-" + unroutable.offset() + ": names no original topic");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document counted = mongo.findById(nip, Document.class, "need-counts");
            return counted != null && counted.getInteger("count") == 1;
        });
    }

    /** A dead letter as the error handler writes it: the original record plus, normally, its original topic. */
    private static RecordMetadata letter(NeedIdentified event, String originalTopic) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBrokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(DEAD_LETTERS, 0,
                    event.needId().getBytes(UTF_8), EventJson.write(event));
            letter.headers().add("ce_type", "latih.needs.NeedIdentified.v1".getBytes(UTF_8));
            letter.headers().add("ce_id", event.eventId().toString().getBytes(UTF_8));
            letter.headers().add("ce_specversion", "1.0".getBytes(UTF_8));
            if (originalTopic != null) {
                letter.headers().add("kafka_dlt-original-topic", originalTopic.getBytes(UTF_8));
            }
            return producer.send(letter).get();
        }
    }
}
