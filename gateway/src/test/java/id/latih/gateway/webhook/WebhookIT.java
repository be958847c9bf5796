package id.latih.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.EnrollmentConfirmed;
import id.latih.events.LatihEvent;
import id.latih.events.ProgramPublished;
import id.latih.gateway.stream.StreamConsumer;
import id.latih.gateway.webhook.Receiver.Received;
import id.latih.platform.outbox.CloudEventMessages;
import id.latih.platform.outbox.PendingEvent;
import id.latih.testing.TestHttp;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signed webhooks through a real gateway, fed by a real Kafka broker, delivering to real HTTP receivers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"latih.gateway.webhooks.allow-localhost=true", "latih.gateway.webhooks.max-per-agency=3",
                "latih.gateway.webhooks.initial-backoff=200ms", "latih.gateway.webhooks.max-backoff=1s",
                "latih.gateway.webhooks.max-attempts=5", "latih.gateway.webhooks.disable-after-failures=3",
                "latih.gateway.webhooks.timeout=5s", "latih.gateway.webhooks.lease=20s",
                "latih.gateway.webhooks.poll-interval=100ms", "latih.gateway.webhooks.concurrency-per-webhook=1",
                "latih.gateway.rate-limit.requests-per-period=1000"})
class WebhookIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger AGENCIES = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PUBLISHED = "latih.programs.ProgramPublished.v1";
    private static KafkaProducer<byte[], byte[]> producer;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("latih.security.issuer-uri", TestTokens::issuer);
        registry.add("latih.kafka.brokers", () -> TestInfrastructure.get().kafkaBrokers());
        registry.add("latih.gateway.webhooks.group-id", () -> "webhook-it-" + UUID.randomUUID());
        registry.add("spring.mongodb.uri", () -> TestInfrastructure.get().mongoUri("gateway"));
    }

    @BeforeAll
    static void topics() throws Exception {
        String brokers = TestInfrastructure.get().kafkaBrokers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            for (String topic : StreamConsumer.topics()) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, TestInfrastructure.PARTITIONS, (short) 1)))
                            .all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void a_delivery_is_the_cloud_event_signed_with_the_secret_and_a_rotated_secret_signs_the_next() throws Exception {
        String agency = agency("3273");
        String token = TestTokens.token(agency, "INTEGRATION");
        try (Receiver receiver = Receiver.answering(call -> 204)) {
            JsonNode webhook = register(token, receiver.url(), List.of()).body();
            String secret = webhook.get("secret").asString();
            send(programPublished(agency, "Etika Pelayanan"));

            Received first = receiver.next(WAIT);

            assertThat(first).isNotNull();
            assertThat(verifies(first, secret)).isTrue();
            JsonNode event = JSON.readTree(first.body());
            assertThat(event.get("type").asString()).isEqualTo(PUBLISHED);
            assertThat(event.get("agency").asString()).isEqualTo(agency);
            assertThat(event.get("data").get("title").asString()).isEqualTo("Etika Pelayanan");
            assertThat(first.eventId()).isEqualTo(event.get("id").asString());
            assertThat(first.contentType()).startsWith("application/cloudevents+json");
            awaitTrue(() -> "DELIVERED".equals(log(token, webhook).path(0).path("state").asString()));
            JsonNode entry = log(token, webhook).get(0);
            assertThat(entry.get("eventId").asString()).isEqualTo(first.eventId());
            assertThat(entry.get("attempts").asInt()).isEqualTo(1);
            assertThat(entry.get("lastStatus").asInt()).isEqualTo(204);
            assertThat(entry.has("payload")).isFalse();

            String rotated = gateway().post("/api/webhooks/" + webhook.get("id").asString() + "/rotation", token, "")
                    .body().get("secret").asString();
            send(programPublished(agency, "after rotation"));
            Received second = receiver.next(WAIT);

            assertThat(rotated).isNotEqualTo(secret);
            assertThat(verifies(second, rotated)).isTrue();
            assertThat(verifies(second, secret)).isFalse();
        }
    }

    @Test
    void a_delivery_answered_500_is_tried_again_and_then_delivered() throws Exception {
        String agency = agency("3273");
        String token = TestTokens.token(agency, "AGENCY_ADMIN");
        try (Receiver receiver = Receiver.answering(call -> call == 1 ? 500 : 200)) {
            JsonNode webhook = register(token, receiver.url(), List.of()).body();
            send(programPublished(agency, "retried"));

            Received failed = receiver.next(WAIT);
            Received retried = receiver.next(WAIT);

            assertThat(retried.eventId()).isEqualTo(failed.eventId());
            assertThat(retried.receivedAt() - failed.receivedAt()).as("waited the back-off").isGreaterThanOrEqualTo(150);
            awaitTrue(() -> "DELIVERED".equals(log(token, webhook).path(0).path("state").asString()));
            assertThat(log(token, webhook).get(0).get("attempts").asInt()).isEqualTo(2);
        }
    }

    @Test
    void a_delivery_refused_with_400_is_not_tried_again() throws Exception {
        String agency = agency("3273");
        String token = TestTokens.token(agency, "AGENCY_ADMIN");
        try (Receiver receiver = Receiver.answering(call -> 400)) {
            JsonNode webhook = register(token, receiver.url(), List.of()).body();
            send(programPublished(agency, "refused"));

            awaitTrue(() -> "FAILED".equals(log(token, webhook).path(0).path("state").asString()));
            Thread.sleep(1000);

            assertThat(receiver.calls()).isEqualTo(1);
            assertThat(log(token, webhook).get(0).get("lastStatus").asInt()).isEqualTo(400);
        }
    }

    @Test
    void after_repeated_failures_a_webhook_is_disabled_and_re_enabling_delivers_what_waited() throws Exception {
        String agency = agency("3273");
        String token = TestTokens.token(agency, "AGENCY_ADMIN");
        try (Receiver receiver = Receiver.answering(call -> 503)) {
            JsonNode webhook = register(token, receiver.url(), List.of()).body();
            String path = "/api/webhooks/" + webhook.get("id").asString();
            send(programPublished(agency, "waits"));

            awaitTrue(() -> !gateway().get(path, token).body().get("enabled").asBoolean());
            Thread.sleep(1000);
            JsonNode disabled = gateway().get(path, token).body();

            assertThat(receiver.calls()).isEqualTo(3);
            assertThat(disabled.get("disabledReason").asString()).startsWith("failing");
            assertThat(log(token, webhook).get(0).get("state").asString()).isEqualTo("PAUSED");

            receiver.answerFromNowOn(200);
            Response enabled = gateway().post(path + "/enabling", token, "");

            assertThat(enabled.status()).isEqualTo(200);
            assertThat(enabled.body().get("enabled").asBoolean()).isTrue();
            awaitTrue(() -> "DELIVERED".equals(log(token, webhook).path(0).path("state").asString()));
            assertThat(receiver.calls()).isEqualTo(4);
        }
    }

    @Test
    void a_webhook_gets_only_its_agencys_events_of_the_types_it_asked_for() throws Exception {
        String agency = agency("3273");
        String other = agency("3273");
        try (Receiver receiver = Receiver.answering(call -> 200)) {
            register(TestTokens.token(agency, "AGENCY_ADMIN"), receiver.url(), List.of(PUBLISHED));
            send(new EnrollmentConfirmed(UUID.randomUUID(), Instant.now(), agency, "E-1", "P-1",
                    "198503152010012001"));
            send(programPublished(other, "another agency's"));
            send(programPublished(agency, "marker"));

            Received marker = receiver.next(WAIT);
            Thread.sleep(1000);

            assertThat(marker.body()).contains("marker");
            assertThat(receiver.all()).as("nothing else came").isEmpty();
            assertThat(receiver.calls()).isEqualTo(1);
        }
    }

    @Test
    void a_slow_receiver_does_not_delay_another_webhooks_deliveries() throws Exception {
        String agency = agency("3273");
        String token = TestTokens.token(agency, "AGENCY_ADMIN");
        try (Receiver slow = Receiver.answering(call -> 200).slowBy(Duration.ofSeconds(3));
             Receiver fast = Receiver.answering(call -> 200)) {
            register(token, slow.url(), List.of());
            register(token, fast.url(), List.of());
            for (int i = 0; i < 4; i++) {
                send(programPublished(agency, "burst " + i));
            }

            List<Received> got = new ArrayList<>();
            long began = System.nanoTime();
            while (got.size() < 4) {
                got.add(fast.next(WAIT));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - began);

            assertThat(got).doesNotContainNull();
            assertThat(slow.calls()).as("the slow one is still on its first events").isLessThanOrEqualTo(2);
            assertThat(took).isLessThan(Duration.ofSeconds(6));
        }
    }

    @Test
    void another_agency_neither_sees_nor_changes_a_webhook_and_without_a_token_it_is_401() throws Exception {
        String agency = agency("3273");
        String token = TestTokens.token(agency, "AGENCY_ADMIN");
        String stranger = TestTokens.token(agency("3273"), "AGENCY_ADMIN");
        try (Receiver receiver = Receiver.answering(call -> 200)) {
            String id = register(token, receiver.url(), List.of()).body().get("id").asString();
            String path = "/api/webhooks/" + id;

            assertThat(gateway().get("/api/webhooks", stranger).body().get("items")).isEmpty();
            assertThat(gateway().get(path, stranger).status()).isEqualTo(404);
            assertThat(gateway().get(path + "/deliveries", stranger).status()).isEqualTo(404);
            assertThat(gateway().post(path + "/rotation", stranger, "").status()).isEqualTo(404);
            assertThat(delete(path, stranger)).isEqualTo(404);
            assertThat(gateway().get("/api/webhooks", null).status()).isEqualTo(401);
            assertThat(gateway().get(path, TestTokens.token("3273.BKPSDM", "REGION_ANALYST")).status())
                    .as("oversight reads no webhooks").isEqualTo(403);
            assertThat(gateway().get("/api/webhooks", TestTokens.employeeToken(agency, "198503152010012001"))
                    .status()).isEqualTo(403);
            JsonNode own = gateway().get("/api/webhooks", token).body().get("items");
            assertThat(own).hasSize(1);
            assertThat(own.get(0).has("secret")).as("the secret is shown only when made").isFalse();

            assertThat(delete(path, token)).isEqualTo(204);
            assertThat(gateway().get(path, token).status()).isEqualTo(404);
        }
    }

    @Test
    void invalid_registrations_are_400_problems_naming_the_field_and_change_nothing() {
        String agency = agency("3273");
        String token = TestTokens.token(agency, "AGENCY_ADMIN");

        assertThat(field(register(token, "http://93.184.216.34/hook", List.of()))).isEqualTo("url");
        assertThat(field(register(token, "https://10.0.0.7/hook", List.of()))).isEqualTo("url");
        assertThat(field(register(token, "https://93.184.216.34/" + "a".repeat(2000), List.of()))).isEqualTo("url");
        assertThat(field(register(token, "https://93.184.216.34/hook", List.of(PUBLISHED, "ProgramPublished"))))
                .isEqualTo("types[1]");
        assertThat(field(gateway().post("/api/webhooks", token,
                "{\"url\":\"https://93.184.216.34/hook\",\"secret\":\"mine\"}"))).isEqualTo("secret");
        assertThat(field(gateway().get("/api/webhooks?size=1000", token))).isEqualTo("size");
        assertThat(gateway().get("/api/webhooks", token).body().get("items")).isEmpty();
    }

    @Test
    void an_agency_registers_at_most_the_configured_number_of_webhooks() {
        String token = TestTokens.token(agency("3273"), "AGENCY_ADMIN");
        for (int i = 0; i < 3; i++) {
            assertThat(register(token, "https://93.184.216.34/hook" + i, List.of()).status()).isEqualTo(201);
        }

        Response fourth = register(token, "https://93.184.216.34/hook3", List.of());

        assertThat(fourth.status()).isEqualTo(422);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
    }

    private static boolean verifies(Received received, String secret) {
        String[] parts = received.signature().split(",");
        String t = parts[0].substring(2);
        String v1 = parts[1].substring(3);
        return Signatures.hmac(secret, t + "." + received.body()).equals(v1);
    }

    private Response register(String token, String url, List<String> types) {
        return gateway().post("/api/webhooks", token, Map.of("url", url, "types", types));
    }

    private JsonNode log(String token, JsonNode webhook) {
        return gateway().get("/api/webhooks/" + webhook.get("id").asString() + "/deliveries", token).body()
                .get("items");
    }

    private static String field(Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.body().get("errors").get(0).get("field").asString();
    }

    private int delete(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private TestHttp gateway() {
        return new TestHttp("http://localhost:" + port);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT);
            }
            Thread.sleep(100);
        }
    }

    private static String agency(String region) {
        return region + ".W" + AGENCIES.incrementAndGet() + "X" + System.nanoTime() % 100000;
    }

    private static ProgramPublished programPublished(String agency, String title) {
        LocalDate start = LocalDate.now().plusDays(30);
        return new ProgramPublished(UUID.randomUUID(), Instant.now(), agency, "P-" + UUID.randomUUID(), title,
                "M.05", "KLASIKAL", "WORKSHOP", 8, 30, start, start.plusDays(1), List.of(), 1);
    }

    private static void send(LatihEvent event) {
        producer.send(CloudEventMessages.toRecord(PendingEvent.of(event)));
    }
}
