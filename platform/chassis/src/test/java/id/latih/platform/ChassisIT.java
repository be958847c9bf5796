package id.latih.platform;

import static id.latih.testing.EventTap.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.EventJson;
import id.latih.events.NeedIdentified;
import id.latih.events.ProgramCancelled;
import id.latih.platform.ChassisTestApp.OutboxParcel;
import id.latih.platform.metrics.EventMetrics;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.OutboxProperties;
import id.latih.platform.outbox.OutboxRelay;
import id.latih.platform.outbox.ParkedEvents;
import id.latih.platform.outbox.PendingEvent;
import id.latih.platform.outbox.RelayLease;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

class ChassisIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    AggregateWrites writes;
    @Autowired
    ParkedEvents parked;
    @Autowired
    MeterRegistry meters;

    private final String brokers = TestInfrastructure.get().kafkaBrokers();

    @Test
    void pending_events_are_published_in_order_as_cloud_events_and_then_removed() {
        String aggregate = "parcel-" + UUID.randomUUID();
        List<NeedIdentified> events = List.of(need(aggregate, "M.01"), need(aggregate, "M.02"), need(aggregate, "M.03"));
        writes.insertNew(new OutboxParcel(aggregate, PendingEvent.allOf(events)));

        try (EventTap tap = new EventTap(brokers, "latih.needs.events")) {
            List<ConsumerRecord<byte[], byte[]>> records = tap.await(
                    r -> aggregate.equals(header(r, "ce_subject")), 3, WAIT);
            assertThat(records).extracting(r -> header(r, "ce_id"))
                    .containsExactly(events.stream().map(e -> e.eventId().toString()).toArray(String[]::new));
            ConsumerRecord<byte[], byte[]> first = records.get(0);
            assertThat(new String(first.key(), StandardCharsets.UTF_8)).isEqualTo(aggregate);
            assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(first, "ce_type")).isEqualTo("latih.needs.NeedIdentified.v1");
            assertThat(header(first, "ce_source")).isEqualTo("/latih/needs-service");
            assertThat(header(first, "latih_agency")).isEqualTo("3273.DINKES");
            assertThat(Instant.parse(header(first, "ce_time"))).isEqualTo(events.get(0).occurredAt());
            assertThat(EventJson.read(first.value(), NeedIdentified.class)).isEqualTo(events.get(0));
        }
        await().atMost(WAIT).until(() -> mongo.findById(aggregate, OutboxParcel.class, "parcels-outbox")
                .pendingEvents().isEmpty());
    }

    @Test
    void the_relay_removes_only_what_it_published_even_if_a_command_appends_meanwhile() {
        String aggregate = "parcel-" + UUID.randomUUID();
        NeedIdentified late = need(aggregate, "M.08");
        // A collection of its own, so the application's relay does not take part.
        OutboxFixtures.storePending(mongo, "racing-outbox", aggregate,
                PendingEvent.allOf(need(aggregate, "M.06"), need(aggregate, "M.07")));
        List<String> published = new ArrayList<>();
        OutboxRelay racing = new OutboxRelay(mongo, event -> {
            if (published.isEmpty()) {
                mongo.updateFirst(query(where("_id").is(aggregate)),
                        new Update().push(PendingEvent.FIELD, PendingEvent.of(late)), "racing-outbox");
            }
            published.add(event.eventId());
            return CompletableFuture.completedFuture(null);
        }, parked, new RelayLease(mongo, "racing", "test", Duration.ofSeconds(5)),
                OutboxProperties.of(List.of("racing-outbox")), new EventMetrics(meters));

        racing.relayPending();

        assertThat(published).hasSize(2).doesNotContain(late.eventId().toString());
        assertThat(OutboxFixtures.pendingIds(mongo, "racing-outbox", aggregate))
                .containsExactly(late.eventId().toString());
        assertThat(OutboxFixtures.marked(mongo, "racing-outbox", aggregate)).as("still marked for the relay").isTrue();

        racing.relayPending();

        assertThat(published).hasSize(3).endsWith(late.eventId().toString());
        assertThat(OutboxFixtures.marked(mongo, "racing-outbox", aggregate)).as("nothing left to mark").isFalse();
    }

    @Test
    void an_event_delivered_twice_has_one_effect() {
        String nip = "19850315201001" + (1000 + (int) (Math.random() * 8999));
        NeedIdentified event = need("need-" + nip, "M.04", nip);
        TestKafka.send("latih.needs.events", event);
        TestKafka.send("latih.needs.events", event);
        NeedIdentified another = need("need-" + nip, "M.05", nip);
        TestKafka.send("latih.needs.events", another);

        await().atMost(WAIT).until(() -> count(nip) == 2);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> count(nip) == 2);
    }

    @Test
    void malformed_messages_go_straight_to_the_dead_letter_topic_and_are_counted() {
        String key = "garbage-" + UUID.randomUUID();
        TestKafka.sendRaw("latih.needs.events", key, "{not json".getBytes(StandardCharsets.UTF_8), "latih.needs.NeedIdentified.v1", null);
        TestKafka.sendRaw("latih.needs.events", key, "{}".getBytes(StandardCharsets.UTF_8), "latih.needs.Unheard.v9", null);

        try (EventTap dlq = new EventTap(brokers, "latih.dlq.chassis-test")) {
            dlq.await(r -> key.equals(new String(r.key(), StandardCharsets.UTF_8)), 2, WAIT);
        }
        assertThat(meters.get("latih.events.dead.lettered").tag("type", "latih.needs.Unheard.v9").counter().count())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_failing_event_is_retried_then_dead_lettered_and_replay_applies_it_once_fixed() {
        ProgramCancelled cancelled = new ProgramCancelled(UUID.randomUUID(), Instant.now(), "3273.DINKES",
                "program-" + UUID.randomUUID(), "no venue", 2);
        TestKafka.send("latih.programs.events", cancelled);
        try (EventTap dlq = new EventTap(brokers, "latih.dlq.chassis-test")) {
            dlq.await(r -> cancelled.programId().equals(new String(r.key(), StandardCharsets.UTF_8)), 1, WAIT);
        }
        assertThat(meters.get("latih.events.failed").tag("type", "latih.programs.ProgramCancelled.v1").counter()
                .count()).isEqualTo(4.0);

        ChassisTestApp.CANCELLATIONS_FAIL.set(false);
        Response replay = http().post("/actuator/deadletters",
                TestTokens.token("3273.DINKES", "PLATFORM_OPERATOR"), "{}");
        assertThat(replay.status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> mongo.findById(cancelled.programId(), Document.class, "cancellations") != null);
    }

    @Test
    void requests_without_a_valid_token_get_a_401_problem() {
        Response none = http().get("/api/parcels", null);
        Response expired = http().get("/api/parcels", TestTokens.expiredToken("3273.DINKES", "AGENCY_ADMIN"));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.body().get("type").asString()).isEqualTo("https://latih.id/problems/unauthenticated");
        assertThat(expired.status()).isEqualTo(401);
    }

    @Test
    void an_id_token_or_a_token_for_another_audience_is_refused_with_a_401_problem() {
        Response idToken = http().get("/api/parcels", TestTokens.tokenForAudience("latih-web", "3273.DINKES",
                "AGENCY_ADMIN"));
        Response elsewhere = http().get("/api/parcels", TestTokens.tokenForAudience("simpeg", "3273.DINKES",
                "AGENCY_ADMIN"));

        assertThat(idToken.status()).isEqualTo(401);
        assertThat(idToken.body().get("type").asString()).isEqualTo("https://latih.id/problems/unauthenticated");
        assertThat(elsewhere.status()).isEqualTo(401);
        assertThat(http().get("/api/parcels", TestTokens.token("3273.DINKES", "AGENCY_ADMIN")).status()).isEqualTo(200);
    }

    @Test
    void metrics_and_info_are_for_operators_only_while_health_probes_stay_open() {
        Response anonymous = http().get("/actuator/prometheus", null);
        Response agencyAdmin = http().get("/actuator/prometheus", TestTokens.token("3273.DINKES", "AGENCY_ADMIN"));
        Response operator = http().get("/actuator/prometheus", TestTokens.token("32.BPSDM", "PLATFORM_OPERATOR"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(agencyAdmin.status()).isEqualTo(403);
        assertThat(http().get("/actuator/info", null).status()).isEqualTo(401);
        assertThat(operator.status()).isEqualTo(200);
        assertThat(operator.raw()).contains("# TYPE jvm_");
        assertThat(http().get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(http().get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    void a_token_with_no_role_that_reads_reads_nothing() {
        Response refused = http().get("/api/parcels", TestTokens.token("3273.DINKES", "PLATFORM_OPERATOR"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asString()).isEqualTo("https://latih.id/problems/forbidden");
    }

    @Test
    void problems_speak_bahasa_indonesia_when_asked() {
        Response id = http().withHeader("Accept-Language", "id-ID").get("/api/parcels", null);
        Response en = http().withHeader("Accept-Language", "en").get("/api/parcels", null);

        assertThat(id.body().get("title").asString()).isEqualTo("Diperlukan token akses yang sah");
        assertThat(en.body().get("title").asString()).isEqualTo("A valid bearer token is required");
    }

    @Test
    void invalid_input_gets_a_problem_naming_the_field_and_changes_nothing() {
        String token = TestTokens.token("3273.DISDIK", "AGENCY_ADMIN");
        Response blank = http().post("/api/parcels", token, Map.of("label", "", "weight", 3));
        Response ruled = http().post("/api/parcels", token, Map.of("label", "!x", "weight", 3));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors").get(0).get("field").asString()).isEqualTo("label");
        assertThat(ruled.status()).isEqualTo(400);
        assertThat(ruled.body().get("errors").get(0).get("reason").asString()).contains("must not start");
        assertThat(http().get("/api/parcels", token).body().size()).isZero();
    }

    @Test
    void each_caller_sees_only_its_own_agency_and_a_region_sees_its_agencies() {
        String bandungHealth = TestTokens.token("3273.DINSOS", "AGENCY_ADMIN");
        http().post("/api/parcels", bandungHealth, Map.of("label", "ours", "weight", 1));
        http().post("/api/parcels", TestTokens.token("3204.DINSOS", "AGENCY_ADMIN"), Map.of("label", "theirs", "weight", 1));

        assertThat(http().get("/api/parcels", bandungHealth).body().findValuesAsString("label")).containsExactly("ours");
        assertThat(http().get("/api/parcels", TestTokens.token("3273.BKPSDM", "REGION_ANALYST")).body()
                .findValuesAsString("label")).contains("ours").doesNotContain("theirs");
        assertThat(http().get("/api/parcels", TestTokens.token("32.BPSDM", "PROVINCE_ANALYST")).body()
                .findValuesAsString("label")).contains("ours", "theirs");
    }

    @Test
    void a_token_whose_region_does_not_contain_its_agency_sees_nothing() {
        String widened = TestTokens.tokenWithClaims(Map.of("agency", "3273.DINSOS", "region", "3204",
                "province", "32", "roles", List.of("REGION_ANALYST")));

        Response refused = http().get("/api/parcels", widened);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asString()).isEqualTo("https://latih.id/problems/forbidden");
    }

    private int count(String nip) {
        Document d = mongo.findById(nip, Document.class, "need-counts");
        return d == null ? 0 : d.getInteger("count");
    }

    private static NeedIdentified need(String needId, String competency) {
        return need(needId, competency, "198503152010011001");
    }

    private static NeedIdentified need(String needId, String competency, String nip) {
        return new NeedIdentified(UUID.randomUUID(), Instant.now(), "3273.DINKES", needId, nip, competency,
                "MANAJERIAL", 2, 3, "ASSESSMENT", 2026, 1);
    }
}
