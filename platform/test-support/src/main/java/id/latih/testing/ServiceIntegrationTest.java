package id.latih.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of a service's integration tests: the whole service on a random port, against a real Kafka broker and the
 * store from {@link TestInfrastructure}, called over real HTTP with signed tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    /** The properties that point a service at the test infrastructure; a test may register others after them. */
    @DynamicPropertySource
    public static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.Endpoints infra = TestInfrastructure.get();
        registry.add("latih.kafka.brokers", infra::kafkaBrokers);
        // One test broker: topics cannot have the production defaults of three copies, two in sync.
        registry.add("latih.kafka.replication-factor", () -> "1");
        registry.add("latih.kafka.min-insync-replicas", () -> "1");
        registry.add("spring.mongodb.uri", () -> infra.mongoUri("it-" + System.nanoTime()));
        registry.add("latih.security.issuer-uri", TestTokens::issuer);
        registry.add("latih.messaging.back-off-initial", () -> "50");
        registry.add("latih.messaging.back-off-max", () -> "100");
        // An event waiting for its store or its target is retried within a second or two, not half a minute.
        registry.add("latih.messaging.outage.back-off-initial", () -> "200ms");
        registry.add("latih.messaging.outage.back-off-max", () -> "1s");
        registry.add("latih.outbox.poll-interval", () -> "100ms");
    }

    protected TestHttp http() {
        return new TestHttp("http://localhost:" + port);
    }
}
