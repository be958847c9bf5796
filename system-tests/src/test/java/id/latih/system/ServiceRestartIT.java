package id.latih.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.testing.TestHttp;
import id.latih.testing.TestHttp.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service's process is killed outright. While it is gone the gateway answers with a problem naming it; the
 * launcher notices, says so in one line, restarts it, and the service answers through the gateway again.
 */
@ExtendWith(SharedPlatform.class)
class ServiceRestartIT {

    private static final Duration BACK_WITHIN = Duration.ofSeconds(120);

    @Test
    void a_killed_service_is_restarted_and_answers_through_the_gateway_again(RunningPlatform platform)
            throws Exception {
        TestHttp gateway = platform.gateway();
        String token = platform.token("bkpsdm-bandung");
        assertThat(gateway.get("/api/programs", token).status()).isEqualTo(200);

        platform.kill("program-service");

        Response meanwhile = gateway.get("/api/programs", token);
        assertThat(meanwhile.status()).isEqualTo(503);
        assertThat(meanwhile.body().get("detail").asString()).contains("program-service");
        long began = System.nanoTime();
        await().atMost(BACK_WITHIN).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway.get("/api/programs", token).status() == 200);
        System.out.println("program-service answered again " + (System.nanoTime() - began) / 1_000_000
                + " ms after it was killed");
        assertThat(platform.console()).containsOnlyOnce("program-service exited").contains("restarting it in");
    }
}
