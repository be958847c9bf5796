package id.latih.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.latih.events.NeedIdentified;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TcpProxy;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The store goes away while events arrive: consumption must wait for it, however many retries that takes, and
 * dead-letter nothing. The service reaches the store only through a proxy the test cuts and restores.
 */
@TestPropertySource(properties = {"spring.application.name=chassis-outage-test",
        "latih.messaging.outage.retry-for=2m"})
class ConsumptionOutageIT extends ServiceIntegrationTest {

    private static final String DATABASE = "outage-" + System.nanoTime();
    private static final ConnectionString STORE = new ConnectionString(TestInfrastructure.get().mongoUri(DATABASE));
    private static final TcpProxy PROXY = TcpProxy.to(STORE.getHosts().get(0).split(":")[0],
            Integer.parseInt(STORE.getHosts().get(0).split(":")[1]));

    /** The service's store connection, through the proxy; it takes precedence over {@code spring.mongodb.uri}. */
    @TestConfiguration
    static class StoreThroughTheProxy {

        @Bean
        MongoConnectionDetails storeThroughTheProxy() {
            ConnectionString proxied = new ConnectionString("mongodb://127.0.0.1:" + PROXY.port() + "/" + DATABASE
                    + "?directConnection=true&serverSelectionTimeoutMS=1000&connectTimeoutMS=1000");
            return () -> proxied;
        }
    }

    @AfterAll
    static void closeProxy() {
        PROXY.close();
    }

    @Test
    void an_event_consumed_while_the_store_is_down_is_applied_once_it_is_back_and_nothing_is_dead_lettered() {
        NeedIdentified during = need();
        try (MongoClient direct = MongoClients.create(STORE)) {
            MongoTemplate store = new MongoTemplate(direct, DATABASE);
            NeedIdentified before = need();
            TestKafka.send("latih.needs.events", before);
            await().atMost(Duration.ofSeconds(60)).until(() -> count(store, before) == 1);
            assertThat(PROXY.connectionsAccepted()).as("the service reaches the store through the proxy").isPositive();

            PROXY.cut();
            TestKafka.send("latih.needs.events", during);
            // Far longer than the bounded retries of other failures (4 attempts, 50-100 ms apart) take.
            await().pollDelay(Duration.ofSeconds(8)).until(() -> true);
            assertThat(count(store, during)).isZero();
            PROXY.restore();

            await().atMost(Duration.ofSeconds(60)).until(() -> count(store, during) == 1);
        }
        try (EventTap deadLetters = new EventTap(TestInfrastructure.get().kafkaBrokers(),
                "latih.dlq.chassis-outage-test")) {
            assertThat(deadLetters.readFor(Duration.ofSeconds(3)))
                    .noneMatch(letter -> during.needId().equals(new String(letter.key(), StandardCharsets.UTF_8)));
        }
    }

    private static int count(MongoTemplate store, NeedIdentified event) {
        Document d = store.findById(event.nip(), Document.class, "need-counts");
        return d == null ? 0 : d.getInteger("count");
    }

    private static NeedIdentified need() {
        String nip = "19850315201001" + (1000 + (int) (Math.random() * 8999));
        return new NeedIdentified(UUID.randomUUID(), Instant.now(), "3273.DINKES", "need-" + UUID.randomUUID(), nip,
                "M.01", "MANAJERIAL", 2, 3, "ASSESSMENT", 2026, 1);
    }
}
