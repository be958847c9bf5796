package id.latih.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.TestInfrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class BrokerHealthIndicatorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void a_reachable_broker_is_up() throws Exception {
        BrokerHealthIndicator broker = new BrokerHealthIndicator(TestInfrastructure.get().kafkaBrokers(), TIMEOUT,
                Duration.ofSeconds(5), Clock.systemUTC());
        try {
            Health health = broker.health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("brokers", 1);
        } finally {
            broker.destroy();
        }
    }

    @Test
    void a_broker_that_is_gone_is_down_within_the_timeout() throws Exception {
        BrokerHealthIndicator broker = new BrokerHealthIndicator("localhost:" + freePort(), TIMEOUT,
                Duration.ofSeconds(5), Clock.systemUTC());
        try {
            long began = System.nanoTime();
            Health health = broker.health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(TIMEOUT.plusSeconds(2));
        } finally {
            broker.destroy();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
