package id.latih.gateway.stream;

import static id.latih.gateway.stream.Events.BUDI;
import static id.latih.gateway.stream.Events.SITI;
import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.LatihEvent;
import id.latih.gateway.stream.SseClient.Sse;
import id.latih.platform.outbox.CloudEventMessages;
import id.latih.platform.outbox.PendingEvent;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
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

/** The live stream through a real gateway, fed by a real Kafka broker with records as the services' relay writes them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"latih.gateway.rate-limit.requests-per-period=6", "latih.gateway.rate-limit.period=1m",
                "latih.gateway.stream.subscriber-buffer=2000", "latih.gateway.stream.max-poll-records=100",
                "latih.gateway.stream.max-subscribers-per-agency=3", "latih.gateway.stream.heartbeat=1s",
                "latih.gateway.stream.drop-grace=30s"})
class EventStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger AGENCIES = new AtomicInteger();
    private static KafkaProducer<byte[], byte[]> producer;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("latih.security.issuer-uri", TestTokens::issuer);
        registry.add("latih.gateway.stream.brokers", () -> TestInfrastructure.get().kafkaBrokers());
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
    void without_a_token_the_stream_is_a_401_problem() throws Exception {
        Refusal refused = refusal("", null, null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("https://latih.id/problems/unauthenticated");
    }

    @Test
    void a_token_that_reads_no_agency_data_gets_a_403_problem() throws Exception {
        Refusal refused = refusal("", TestTokens.token("32.BPSDM", "PLATFORM_OPERATOR"), null);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asString()).isEqualTo("https://latih.id/problems/forbidden");
    }

    @Test
    void another_agency_sees_nothing_of_an_agencys_events_while_its_region_sees_them_without_names() throws Exception {
        String dinkes = agency("3273");
        String disdik = agency("3273");
        String bogor = agency("3201");
        try (SseClient own = stream(TestTokens.token(dinkes, "AGENCY_ADMIN"));
             SseClient neighbour = stream(TestTokens.token(disdik, "AGENCY_ADMIN"));
             SseClient region = stream(TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER", "REGION_ANALYST"));
             SseClient otherRegion = stream(TestTokens.token(bogor, "AGENCY_ADMIN"))) {
            send(Events.enrollmentConfirmed(dinkes, SITI));

            Sse ownEvent = own.next(WAIT);
            Sse regionEvent = region.until(dinkes, WAIT).get(0);
            send(Events.programPublished(disdik, "marker " + disdik));
            send(Events.programPublished(bogor, "marker " + bogor));

            assertThat(ownEvent.data()).contains(SITI, "\"agency\":\"" + dinkes + "\"",
                    "\"type\":\"latih.enrollments.EnrollmentConfirmed.v1\"");
            assertThat(regionEvent.data()).contains(dinkes).doesNotContain(SITI);
            assertThat(neighbour.until("marker " + disdik, WAIT)).hasSize(1);
            assertThat(otherRegion.until("marker " + bogor, WAIT)).hasSize(1);
        }
    }

    @Test
    void an_employee_sees_only_events_about_themselves() throws Exception {
        String dinkes = agency("3273");
        try (SseClient siti = stream(TestTokens.employeeToken(dinkes, SITI))) {
            send(Events.enrollmentConfirmed(dinkes, BUDI));
            send(Events.programPublished(dinkes, "Etika Pelayanan"));
            send(Events.enrollmentConfirmed(dinkes, SITI));

            List<Sse> seen = siti.until(SITI, WAIT);

            assertThat(seen).hasSize(1);
            assertThat(seen.get(0).data()).doesNotContain(BUDI, "Etika Pelayanan");
        }
    }

    @Test
    void a_type_filter_sends_only_those_types_and_an_unknown_type_is_a_400_problem_naming_it() throws Exception {
        String dinkes = agency("3273");
        try (SseClient programs = stream(TestTokens.token(dinkes, "INTEGRATION"),
                "?type=latih.programs.ProgramPublished.v1&type=latih.programs.ProgramClosed.v1", null)) {
            send(Events.enrollmentConfirmed(dinkes, SITI));
            send(Events.programPublished(dinkes, "Etika Pelayanan"));

            List<Sse> seen = programs.until("Etika Pelayanan", WAIT);

            assertThat(seen).hasSize(1);
        }
        Refusal unknown = refusal("?type=latih.programs.ProgramPublished.v1&type=ProgramPublished",
                TestTokens.token(dinkes, "INTEGRATION"), null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("type[1]");
    }

    @Test
    void last_event_id_resumes_right_after_the_last_event_received() throws Exception {
        String dinkes = agency("3273");
        String token = TestTokens.token(dinkes, "AGENCY_ADMIN");
        String lastId;
        try (SseClient first = stream(token)) {
            send(Events.programPublished(dinkes, "first"));
            lastId = first.until("first", WAIT).get(0).id();
        }
        try (SseClient observer = stream(token)) {
            send(Events.programPublished(dinkes, "second"));
            send(Events.programPublished(dinkes, "third"));
            observer.next(WAIT);
            observer.next(WAIT);
        }

        try (SseClient resumed = stream(token, "", lastId)) {
            List<Sse> seen = new ArrayList<>(List.of(resumed.next(WAIT), resumed.next(WAIT)));

            assertThat(seen).extracting(Sse::data).noneMatch(data -> data.contains("\"first\""))
                    .anyMatch(data -> data.contains("\"second\"")).anyMatch(data -> data.contains("\"third\""));
            assertThat(resumed.next(Duration.ofMillis(500))).as("nothing more").isNull();
        }
        Refusal garbled = refusal("", token, "not-a-position");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.body().get("errors").get(0).get("field").asString()).isEqualTo("Last-Event-ID");
    }

    @Test
    void a_position_from_another_gateway_instance_resumes_by_its_time() throws Exception {
        String dinkes = agency("3273");
        String token = TestTokens.token(dinkes, "AGENCY_ADMIN");
        long before = System.currentTimeMillis() - 1000;
        try (SseClient observer = stream(token)) {
            send(Events.programPublished(dinkes, "while away"));
            observer.until("while away", WAIT);
        }

        try (SseClient resumed = stream(token, "", "otherinstance-42-" + before)) {
            assertThat(resumed.until("while away", WAIT)).hasSize(1);
        }
    }

    @Test
    void a_slow_subscriber_is_dropped_and_told_while_a_fast_one_gets_every_event() throws Exception {
        String dinkes = agency("3273");
        String token = TestTokens.token(dinkes, "AGENCY_ADMIN");
        int events = 6000;
        try (SseClient fast = stream(token); Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new java.net.InetSocketAddress("127.0.0.1", port));
            slow.getOutputStream().write(("GET /api/stream HTTP/1.0\r\nHost: localhost\r\nAccept: text/event-stream"
                    + "\r\nAuthorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(fast.commentWithin("open", WAIT)).isTrue();
            String padding = "x".repeat(1000);
            for (int i = 0; i < events; i++) {
                send(Events.programPublished(dinkes, "event " + i + " " + padding));
            }
            producer.flush();

            int received = 0;
            while (received < events) {
                assertThat(fast.next(WAIT)).as("event %d of the fast subscriber", received).isNotNull()
                        .extracting(Sse::event).isNull();
                received++;
            }
            String slowGot = readUntilClosed(slow);
            assertThat(slowGot).contains("event:dropped");
            assertThat(slowGot.split("\ndata:", -1).length - 1).as("events before the drop notice")
                    .isLessThan(events);
        }
    }

    @Test
    void an_agency_may_hold_only_so_many_streams_and_every_connect_counts_against_its_rate_limit() throws Exception {
        String dinkes = agency("3273");
        String token = TestTokens.token(dinkes, "INTEGRATION");
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(stream(token));
            }
            Refusal fourth = refusal("", token, null);

            assertThat(fourth.status()).isEqualTo(429);
            assertThat(fourth.body().get("type").asString()).isEqualTo("https://latih.id/problems/too-many-streams");
            assertThat(open.get(0).commentWithin("heartbeat", Duration.ofSeconds(5))).as("heartbeat").isTrue();
        } finally {
            for (SseClient client : open) {
                client.close();
            }
        }
        Refusal limited = refusal("?type=x", token, null);
        for (int i = 0; i < 3 && limited.status() != 429; i++) {
            limited = refusal("?type=x", token, null);
        }
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body().get("type").asString()).isEqualTo("https://latih.id/problems/rate-limited");
    }

    /** A stream that should be refused: its status and problem; a stream opened instead fails the test at once. */
    private Refusal refusal(String query, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/api/stream" + query))
                .header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            assertThat(response.statusCode()).as("a stream was opened").isNotEqualTo(200);
            return new Refusal(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    JsonMapper.builder().build().readTree(body.readAllBytes()));
        }
    }

    record Refusal(int status, String contentType, JsonNode body) {
    }

    private static String readUntilClosed(Socket socket) throws Exception {
        socket.setSoTimeout((int) WAIT.toMillis());
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] chunk = new byte[65536];
        try {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                got.write(chunk, 0, n);
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the slow stream was not closed; it got "
                    + got.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("event:")).toList());
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    private static String agency(String region) {
        return region + ".T" + AGENCIES.incrementAndGet() + "X" + System.nanoTime() % 100000;
    }

    private static void send(LatihEvent event) {
        producer.send(CloudEventMessages.toRecord(PendingEvent.of(event)));
    }

    private SseClient stream(String token) throws Exception {
        return stream(token, "", null);
    }

    private SseClient stream(String token, String query, String lastEventId) throws Exception {
        return SseClient.open(base() + "/api/stream" + query, token, lastEventId);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
