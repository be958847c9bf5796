package id.latih.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.latih.platform.ChassisTestApp;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp;
import id.latih.testing.TestHttp.Response;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service on a store of its own (the MongoDB wire stand-in), which the second test takes away. The service's
 * event input stays off: its group would otherwise compete with the other chassis tests for the same events.
 * (Not a {@link ServiceIntegrationTest}: its store would win over this one.)
 */
@SpringBootTest(classes = ChassisTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=chassis-health-test",
                "spring.cloud.stream.bindings.latihEvents-in-0.consumer.auto-startup=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
class StoreHealthIT {

    private static final MongoServer STORE = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress ADDRESS = STORE.bind();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        ServiceIntegrationTest.infrastructure(registry);
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + ADDRESS.getPort() + "/health-test");
    }

    @Test
    @Order(1)
    void a_service_working_against_the_stand_in_is_up_and_ready() {
        Response health = http().get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
        assertThat(health.body().get("components").get("store").get("status").asString()).isEqualTo("UP");
        assertThat(health.body().get("components").get("broker").get("status").asString()).isEqualTo("UP");
        assertThat(http().get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void a_service_whose_store_is_gone_is_not_ready_but_still_alive() {
        STORE.shutdownNow();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> http().get("/actuator/health/readiness", null).status() == 503);
        Response health = http().get("/actuator/health", null);
        assertThat(health.body().get("status").asString()).isEqualTo("DOWN");
        assertThat(health.body().get("components").get("store").get("status").asString()).isEqualTo("DOWN");
        assertThat(http().get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    private TestHttp http() {
        return new TestHttp("http://localhost:" + port);
    }
}
