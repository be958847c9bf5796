package id.latih.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private static final Duration SOON = Duration.ofSeconds(5);
    private static final Duration LONG = Duration.ofMinutes(10);

    @Test
    void quick_crashes_wait_longer_each_time_up_to_a_cap_then_it_gives_up() {
        RestartPolicy policy = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(60), 5);
        List<Optional<Duration>> waits = new ArrayList<>();
        for (int crash = 0; crash < 5; crash++) {
            waits.add(policy.afterCrash(SOON));
        }

        assertThat(waits).containsExactly(Optional.of(Duration.ofSeconds(1)), Optional.of(Duration.ofSeconds(2)),
                Optional.of(Duration.ofSeconds(4)), Optional.of(Duration.ofSeconds(5)), Optional.empty());
    }

    @Test
    void a_crash_after_a_long_run_starts_counting_afresh() {
        RestartPolicy policy = RestartPolicy.standard();
        for (int crash = 0; crash < 4; crash++) {
            policy.afterCrash(SOON);
        }

        assertThat(policy.afterCrash(LONG)).contains(Duration.ofSeconds(1));
        assertThat(policy.afterCrash(SOON)).contains(Duration.ofSeconds(1));
    }
}
