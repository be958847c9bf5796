package id.latih.platform;

import static id.latih.platform.OutboxFixtures.anEvent;
import static id.latih.platform.OutboxFixtures.storePending;
import static id.latih.testing.EventTap.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.platform.ChassisTestApp.OutboxParcel;
import id.latih.platform.metrics.EventMetrics;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.EventPublisher;
import id.latih.platform.outbox.OutboxBacklog;
import id.latih.platform.outbox.OutboxProperties;
import id.latih.platform.outbox.OutboxRelay;
import id.latih.platform.outbox.OutboxRelayHealthIndicator;
import id.latih.platform.outbox.ParkedEvents;
import id.latih.platform.outbox.PendingEvent;
import id.latih.platform.outbox.RelayLease;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.NetworkException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The outbox relay against a real broker: poison events, size limits, the lease between replicas, health. */
class OutboxRelayIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OPERATOR = TestTokens.token("32.BPSDM", "PLATFORM_OPERATOR");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    AggregateWrites writes;
    @Autowired
    OutboxRelay relay;
    @Autowired
    EventPublisher publisher;
    @Autowired
    ParkedEvents parked;
    @Autowired
    MeterRegistry meters;

    private final String brokers = TestInfrastructure.get().kafkaBrokers();

    @Test
    void an_event_the_broker_refuses_is_parked_blocking_no_other_aggregate_and_republished_once_fixed()
            throws Exception {
        String topic = "latih.test.small-records-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
                    .configs(Map.of("max.message.bytes", "2048")))).all().get();
            PendingEvent poison = anEvent(topic, "poison-" + UUID.randomUUID(), "x".repeat(2500));
            writes.insertNew(new OutboxParcel(poison.subject(), List.of(poison)));
            List<String> others = IntStream.range(0, 5).mapToObj(i -> "other-" + UUID.randomUUID()).toList();
            others.forEach(id -> writes.insertNew(new OutboxParcel(id, List.of(anEvent(topic, id, "small")))));

            try (EventTap tap = new EventTap(brokers, topic)) {
                tap.await(r -> others.contains(header(r, "ce_subject")), others.size(), WAIT);

                await().atMost(WAIT).until(() -> listParked().contains(poison.eventId()));
                assertThat(OutboxFixtures.pendingIds(mongo, "parcels-outbox", poison.subject())).isEmpty();
                assertThat(http().get("/actuator/parkedevents", OPERATOR).body().get(0).get("reason").asString())
                        .contains("RecordTooLargeException");
                assertThat(meters.get("latih.events.parked").tag("type", poison.ceType()).counter().count())
                        .isGreaterThanOrEqualTo(1);

                admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                        List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes", "1048576"),
                                AlterConfigOp.OpType.SET)))).all().get();
                Response republished = http().post("/actuator/parkedevents", OPERATOR, "{}");

                assertThat(republished.status()).isEqualTo(200);
                assertThat(republished.body().get("republished").asInt()).isEqualTo(1);
                tap.await(r -> poison.eventId().equals(header(r, "ce_id")), 1, WAIT);
                assertThat(listParked()).isEmpty();
            }
        }
    }

    @Test
    void parked_events_are_for_operators_only() {
        Response agency = http().get("/actuator/parkedevents", TestTokens.token("3273.DINKES", "AGENCY_ADMIN"));

        assertThat(agency.status()).isEqualTo(403);
    }

    @Test
    void a_request_whose_event_would_exceed_the_record_limit_is_refused_and_nothing_is_stored() {
        String token = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");
        String tooLarge = "need-" + UUID.randomUUID();
        String fine = "need-" + UUID.randomUUID();

        Response refused = http().post("/api/needs", token, Map.of("needId", tooLarge, "competencyCode",
                "M".repeat(3_500)));
        Response accepted = http().post("/api/needs", token, Map.of("needId", fine, "competencyCode", "M.01"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(mongo.findById(tooLarge, OutboxParcel.class)).isNull();
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(mongo.findById(fine, OutboxParcel.class)).isNotNull();
    }

    @Test
    void the_outbox_collections_are_indexed_on_the_marker_and_a_published_document_loses_it() {
        String aggregate = "parcel-" + UUID.randomUUID();
        writes.insertNew(new OutboxParcel(aggregate, List.of(anEvent("latih.test.parcels", aggregate, "hello"))));

        await().atMost(WAIT).until(() -> !OutboxFixtures.marked(mongo, "parcels-outbox", aggregate));
        assertThat(OutboxFixtures.pendingIds(mongo, "parcels-outbox", aggregate)).isEmpty();
        assertThat(mongo.indexOps("parcels-outbox").getIndexInfo()).anyMatch(i -> i.getName().equals("outbox_due"));
    }

    @Test
    void of_two_relays_over_the_same_outbox_one_publishes_each_event_and_the_other_takes_over_when_it_stops() {
        String collection = "replicated-" + UUID.randomUUID();
        String service = "replicated-service-" + UUID.randomUUID();
        Collection<String> byFirst = new ConcurrentLinkedQueue<>();
        Collection<String> bySecond = new ConcurrentLinkedQueue<>();
        OutboxRelay first = replica(collection, service, byFirst);
        OutboxRelay second = replica(collection, service, bySecond);
        first.start();
        second.start();
        try {
            List<String> events = write(collection, 20);
            await().atMost(WAIT).until(() -> byFirst.size() + bySecond.size() >= events.size());
            await().during(Duration.ofSeconds(1)).atMost(WAIT)
                    .until(() -> byFirst.size() + bySecond.size() == events.size());
            assertThat(new ArrayList<>(byFirst.isEmpty() ? bySecond : byFirst))
                    .containsExactlyInAnyOrderElementsOf(events);

            OutboxRelay holder = byFirst.isEmpty() ? second : first;
            Collection<String> standBy = byFirst.isEmpty() ? byFirst : bySecond;
            holder.stop();
            List<String> later = write(collection, 5);

            await().atMost(Duration.ofSeconds(5)).until(() -> standBy.containsAll(later));
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void a_lease_its_holder_stops_renewing_passes_to_another_relay_once_it_runs_out() throws InterruptedException {
        String service = "leased-" + UUID.randomUUID();
        RelayLease dying = new RelayLease(mongo, service, "dying", Duration.ofSeconds(1));
        RelayLease waiting = new RelayLease(mongo, service, "waiting", Duration.ofSeconds(1));

        assertThat(dying.hold()).isTrue();
        assertThat(waiting.hold()).isFalse();
        Thread.sleep(1_200);

        assertThat(waiting.hold()).isTrue();
        assertThat(dying.hold()).isFalse();
    }

    @Test
    void the_service_is_not_ready_while_its_relay_is_stopped() {
        assertThat(http().get("/actuator/health/readiness", null).status()).isEqualTo(200);
        relay.stop();
        try {
            Response stopped = http().get("/actuator/health/readiness", null);
            assertThat(stopped.status()).isEqualTo(503);
        } finally {
            relay.start();
        }
        await().atMost(WAIT).until(() -> http().get("/actuator/health/readiness", null).status() == 200);
    }

    @Test
    void a_transient_failure_holds_back_only_its_aggregate_which_keeps_its_order_after_the_back_off() {
        String collection = "flaky-" + UUID.randomUUID();
        String a = "a-" + UUID.randomUUID();
        PendingEvent a1 = anEvent("latih.test.parcels", a, "1");
        PendingEvent a2 = anEvent("latih.test.parcels", a, "2");
        PendingEvent b1 = anEvent("latih.test.parcels", "b-" + UUID.randomUUID(), "1");
        storePending(mongo, collection, a, List.of(a1, a2));
        storePending(mongo, collection, b1.subject(), List.of(b1));
        AtomicBoolean partitionOfADown = new AtomicBoolean(true);
        List<String> published = new CopyOnWriteArrayList<>();
        EventPublisher flaky = event -> {
            if (partitionOfADown.get() && event.subject().equals(a)) {
                return CompletableFuture.failedFuture(new NetworkException("leader of the partition unreachable"));
            }
            published.add(event.eventId());
            return CompletableFuture.completedFuture(null);
        };
        OutboxRelay flakyRelay = new OutboxRelay(mongo, flaky, parked, new RelayLease(mongo, collection, "test",
                Duration.ofSeconds(5)), new OutboxProperties(List.of(collection), null, null, null, 1,
                Duration.ofSeconds(1), null, null, null, null, null), new EventMetrics(meters));

        flakyRelay.relayPending();
        assertThat(published).containsExactly(b1.eventId());

        partitionOfADown.set(false);
        flakyRelay.relayPending();
        assertThat(published).as("not retried before its back-off").containsExactly(b1.eventId());

        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            flakyRelay.relayPending();
            return published.size() == 3;
        });
        assertThat(published).containsExactly(b1.eventId(), a1.eventId(), a2.eventId());
        assertThat(listParked()).as("a transient failure is never parked").doesNotContain(a1.eventId());
    }

    @Test
    void the_backlog_gauges_count_pending_events_and_the_age_of_the_oldest() {
        String collection = "backlog-" + UUID.randomUUID();
        PendingEvent old = OutboxFixtures.anEventAt("latih.test.parcels", "a", Instant.now().minusSeconds(90));
        storePending(mongo, collection, "a", List.of(old, anEvent("latih.test.parcels", "a", "2")));
        storePending(mongo, collection, "b", List.of(anEvent("latih.test.parcels", "b", "1")));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new OutboxBacklog(mongo, List.of(collection)).bindTo(registry);

        assertThat(registry.get("latih.outbox.pending").gauge().value()).isEqualTo(3.0);
        assertThat(registry.get("latih.outbox.oldest.age").gauge().value()).isBetween(90.0, 150.0);
    }

    @Test
    void a_relay_stuck_in_a_pass_is_reported_down_and_up_again_once_it_turns() {
        String collection = "stuck-" + UUID.randomUUID();
        CountDownLatch brokerAnswers = new CountDownLatch(1);
        EventPublisher hanging = event -> {
            try {
                brokerAnswers.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CompletableFuture.completedFuture(null);
        };
        OutboxRelay stuck = new OutboxRelay(mongo, hanging, parked, new RelayLease(mongo, collection, "test",
                Duration.ofSeconds(5)), OutboxProperties.of(List.of(collection)), new EventMetrics(meters));
        OutboxRelayHealthIndicator health = new OutboxRelayHealthIndicator(stuck, Duration.ofMillis(1500));

        assertThat(health.health().getStatus()).as("not started").isEqualTo(Status.DOWN);
        stuck.start();
        try {
            await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.UP));
            storePending(mongo, collection, "a", List.of(anEvent("latih.test.parcels", "a", "1")));
            stuck.wakeUp();
            await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.DOWN));

            brokerAnswers.countDown();
            await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.UP));
        } finally {
            brokerAnswers.countDown();
            stuck.stop();
        }
    }

    private OutboxRelay replica(String collection, String service, Collection<String> published) {
        EventPublisher counting = event -> publisher.send(event).thenRun(() -> published.add(event.eventId()));
        OutboxProperties properties = new OutboxProperties(List.of(collection), Duration.ofMillis(100), null, null,
                null, null, null, null, Duration.ofSeconds(2), null, null);
        return new OutboxRelay(mongo, counting, parked, new RelayLease(mongo, service, UUID.randomUUID().toString(),
                properties.leaseDuration()), properties, new EventMetrics(meters));
    }

    private List<String> write(String collection, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String aggregate = "parcel-" + UUID.randomUUID();
            PendingEvent event = anEvent("latih.test.parcels", aggregate, "n" + i);
            storePending(mongo, collection, aggregate, List.of(event));
            ids.add(event.eventId());
        }
        return ids;
    }

    private List<String> listParked() {
        return parked.list().stream().map(ParkedEvents.Parked::eventId).toList();
    }
}
