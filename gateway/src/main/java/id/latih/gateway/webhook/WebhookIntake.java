package id.latih.gateway.webhook;

import id.latih.gateway.kafka.KafkaReader;
import id.latih.gateway.stream.CloudEventJson;
import id.latih.gateway.stream.StreamAudience;
import id.latih.gateway.stream.StreamConsumer;
import id.latih.gateway.stream.StreamEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes every event in for the webhooks: reads the stage topics with one consumer group shared by all gateway
 * instances (each record is taken in by one of them), turns each record into the stream's CloudEvent JSON, and
 * persists a pending {@link Delivery} for every enabled webhook of the event's agency that wants its type, with what
 * that agency's admin sees of it on the stream. Offsets are committed only after a poll's deliveries are persisted;
 * should persisting fail, the poll is read again, and a delivery taken in twice is still one. So Kafka is the queue in
 * front of the store, and nothing accepted is lost.
 */
final class WebhookIntake extends KafkaReader {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookProperties settings;
    private final CloudEventJson cloudEvents;
    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final Clock clock;

    WebhookIntake(WebhookProperties settings, CloudEventJson cloudEvents, Webhooks webhooks, Deliveries deliveries,
                  Clock clock) {
        super("webhook-intake");
        this.settings = settings;
        this.cloudEvents = cloudEvents;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    protected void subscribe(KafkaConsumer<byte[], byte[]> consumer) {
        consumer.subscribe(StreamConsumer.topics());
    }

    /** Takes a poll in and commits it; should that fail, the next poll reads the same records again. */
    @Override
    protected void pollOnce(KafkaConsumer<byte[], byte[]> consumer) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
        try {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                takeIn(record);
            }
            if (!records.isEmpty()) {
                consumer.commitSync();
            }
        } catch (RuntimeException e) {
            rewind(consumer, records);
            throw e;
        }
    }

    @Override
    protected void failed(RuntimeException cause) {
        log.warn("Webhook deliveries could not be taken in; reading the events again in a second", cause);
    }

    void takeIn(ConsumerRecord<byte[], byte[]> record) {
        Optional<StreamEvent> event = cloudEvents.toEvent(record, 0);
        if (event.isEmpty()) {
            return;
        }
        JsonNode id = JSON.readTree(event.get().full()).get("id");
        if (id == null || !id.isString() || id.stringValue().isBlank()) {
            log.warn("An event of type {} without an id is not delivered to webhooks", event.get().ceType());
            return;
        }
        String eventId = id.stringValue();
        Instant occurred = Instant.ofEpochMilli(record.timestamp());
        webhooks.enabledOf(event.get().agency())
                .filter(webhook -> webhook.wants(event.get().ceType()) && !occurred.isBefore(webhook.createdAt()))
                .concatMap(webhook -> accept(webhook, event.get(), eventId))
                .then().block(Duration.ofSeconds(30));
    }

    private Mono<Void> accept(Webhook webhook, StreamEvent event, String eventId) {
        String payload = audienceOf(webhook).view(event);
        if (payload == null) {
            return Mono.empty();
        }
        Instant now = clock.instant();
        return deliveries.backlogOf(webhook.id()).flatMap(backlog -> {
            if (backlog >= settings.maxPending()) {
                log.warn("Webhook {} of {} has {} deliveries waiting: disabled until re-enabled", webhook.id(),
                        webhook.agency(), backlog);
                return webhooks.disable(webhook.id(), "backlog-full")
                        .flatMap(disabled -> deliveries.move(webhook.id(), Delivery.State.PENDING,
                                Delivery.State.PAUSED, now));
            }
            return deliveries.accept(new Delivery(Delivery.idOf(webhook.id(), eventId), webhook.id(),
                    webhook.agency(), eventId, event.ceType(), payload, Delivery.State.PENDING, 0, 0, null, now,
                    Instant.EPOCH, now, null));
        });
    }

    /** The stream's audience of an admin of the webhook's agency: a webhook gets exactly what they would see. */
    private static StreamAudience audienceOf(Webhook webhook) {
        return new StreamAudience(new AgencyScope("webhook " + webhook.id(), webhook.agency(), null, null,
                Set.of(Role.AGENCY_ADMIN), null), Set.of());
    }

    private static void rewind(KafkaConsumer<byte[], byte[]> consumer, ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            first.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
        first.forEach(consumer::seek);
    }

    @Override
    protected Properties properties() {
        Properties p = consumerProperties(settings.brokers(), settings.groupId(), 100);
        // A new group (the first gateway with webhooks) reads what the topics hold once: no event between its creation
        // and its first assignment is missed, and events from before a webhook was registered are skipped anyway.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return p;
    }
}
