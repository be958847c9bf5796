package id.latih.gateway.webhook;

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
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
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
final class WebhookIntake implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookProperties settings;
    private final CloudEventJson cloudEvents;
    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final Clock clock;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    WebhookIntake(WebhookProperties settings, CloudEventJson cloudEvents, Webhooks webhooks, Deliveries deliveries,
                  Clock clock) {
        this.settings = settings;
        this.cloudEvents = cloudEvents;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        consumer = new KafkaConsumer<>(properties());
        thread = new Thread(this::run, "webhook-intake");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(StreamConsumer.topics());
            while (running) {
                ConsumerRecords<byte[], byte[]> records = null;
                try {
                    records = consumer.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<byte[], byte[]> record : records) {
                        takeIn(record);
                    }
                    if (!records.isEmpty()) {
                        consumer.commitSync();
                    }
                } catch (WakeupException stopping) {
                    break;
                } catch (RuntimeException e) {
                    log.warn("Webhook deliveries could not be taken in; reading the events again in a second", e);
                    rewind(records);
                    pause();
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
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

    private void rewind(ConsumerRecords<byte[], byte[]> records) {
        if (records == null) {
            return;
        }
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            first.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
        first.forEach(consumer::seek);
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.brokers());
        // Kafka 4's default "rebootstrap" recovery spins when no broker answers (every failed connection starts a
        // new bootstrap at once), burning a core and flooding the log during a broker outage; "none" keeps retrying
        // the known brokers with the reconnect back-off, as clients before 4.0 did.
        p.put(CommonClientConfigs.METADATA_RECOVERY_STRATEGY_CONFIG, "none");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        p.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group (the first gateway with webhooks) reads what the topics hold once: no event between its creation
        // and its first assignment is missed, and events from before a webhook was registered are skipped anyway.
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return p;
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
