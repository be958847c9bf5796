package id.latih.embedded;

import java.time.Duration;
import java.util.Optional;

/**
 * When to restart an application that crashed: at once-ish after a crash that followed a long run, with a delay
 * that doubles (up to a cap) while it keeps crashing soon after starting, and never again after {@code maxQuick}
 * quick crashes in a row: an application that cannot stay up needs a person, and restarting it forever only hides
 * that and fills its log.
 */
final class RestartPolicy {

    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration quick;
    private final int maxQuick;
    private int quickCrashes;

    RestartPolicy(Duration firstDelay, Duration maxDelay, Duration quick, int maxQuick) {
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.quick = quick;
        this.maxQuick = maxQuick;
    }

    static RestartPolicy standard() {
        return new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60), 5);
    }

    /** The wait before restarting after a crash of a process that ran for {@code ranFor}; empty means give up. */
    Optional<Duration> afterCrash(Duration ranFor) {
        if (ranFor.compareTo(quick) >= 0) {
            quickCrashes = 0;
            return Optional.of(firstDelay);
        }
        quickCrashes++;
        if (quickCrashes >= maxQuick) {
            return Optional.empty();
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(quickCrashes - 1, 20));
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    int maxQuick() {
        return maxQuick;
    }

    Duration quick() {
        return quick;
    }
}
