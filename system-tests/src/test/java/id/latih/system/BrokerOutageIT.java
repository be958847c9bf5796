package id.latih.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.embedded.App;
import id.latih.embedded.KafkaBroker;
import id.latih.embedded.Ports;
import id.latih.embedded.WireStore;
import id.latih.testing.EventTap;
import id.latih.testing.TestHttp;
import id.latih.testing.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A real Kafka broker process stops while needs-service is publishing, and comes back. Commands keep being accepted
 * during the outage (their events wait in the aggregates' outboxes) and afterwards every event arrives.
 */
class BrokerOutageIT {

    private static final int SERVICE_PORT = 18181;
    private static final Pattern PUBLISH_FAILED = Pattern.compile("latih_events_publish_failed_total\\{[^}]*} [1-9]");
    private static final Ports PORTS = Ports.from(Map.of("port-base", "18170", "kafka-port", "29092",
            "kafka-controller-port", "29093", "store-port", "27217"));

    @Test
    void every_event_accepted_during_a_broker_outage_arrives_after_it() throws Exception {
        Path work = Files.createTempDirectory("latih-outage");
        Path home = Path.of(System.getProperty("latih.home", "..")).toAbsolutePath().normalize();
        try (WireStore store = WireStore.start(work, PORTS.store())) {
            KafkaBroker kafka = startKafka(work);
            App service = new App("needs-service", SERVICE_PORT, List.of("--server.port=" + SERVICE_PORT,
                    "--latih.kafka.brokers=" + PORTS.brokers(), "--spring.mongodb.uri=" + PORTS.storeUri("needs-service"),
                    "--latih.security.issuer-uri=" + TestTokens.issuer(), "--latih.outbox.poll-interval=200ms",
                    "--latih.kafka.replication-factor=1", "--latih.kafka.min-insync-replicas=1"));
            service.start(home, List.of("-Xmx320m", "-XX:TieredStopAtLevel=1"), work);
            try {
                service.awaitHealthy(Instant.now().plusSeconds(120));
                TestHttp http = new TestHttp("http://localhost:" + SERVICE_PORT);
                String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");
                String operator = TestTokens.token("32.BPSDM", "PLATFORM_OPERATOR");

                register(http, admin, 0, 10);
                kafka.close();
                register(http, admin, 10, 25);
                // Keep the broker down until the relay has seen a publish fail: the retry path, not the buffer.
                await().atMost(Duration.ofSeconds(60)).until(() -> PUBLISH_FAILED.matcher(
                        http.get("/actuator/prometheus", operator).raw()).find());
                kafka = startKafka(work);
                register(http, admin, 25, 30);

                try (EventTap tap = new EventTap(PORTS.brokers(), "latih.needs.events")) {
                    Set<String> subjects = tap.awaitSubjects("latih.needs.EmployeeRegistered.v1", 30,
                            Duration.ofSeconds(90));
                    assertThat(subjects).hasSize(30);
                }
            } finally {
                service.stop();
                kafka.close();
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private static KafkaBroker startKafka(Path work) throws Exception {
        KafkaBroker kafka = KafkaBroker.start(work, work, PORTS);
        kafka.awaitReady(Instant.now().plusSeconds(90));
        return kafka;
    }

    private static void register(TestHttp http, String token, int from, int to) {
        for (int i = from; i < to; i++) {
            String nip = "19870707201201" + "1" + String.format("%03d", i);
            assertThat(http.post("/api/employees", token, Map.of("nip", nip, "name", "Pegawai " + i,
                    "employmentType", "PNS", "jobType", "PELAKSANA", "positionTitle", "Staf")).status())
                    .as("registration %d accepted", i).isEqualTo(201);
        }
    }
}
