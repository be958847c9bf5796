package id.latih.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code outboxRelay}: DOWN when the relay thread is gone or has not turned for {@code latih.outbox.stuck-after}
 * (a pass hanging on the store or the broker), since the service then accepts commands whose events nobody
 * publishes. Holding the lease or not is a detail: only one replica holds it, and every replica is healthy.
 */
public class OutboxRelayHealthIndicator implements HealthIndicator {

    private final OutboxRelay relay;
    private final Duration stuckAfter;

    public OutboxRelayHealthIndicator(OutboxRelay relay, Duration stuckAfter) {
        this.relay = relay;
        this.stuckAfter = stuckAfter;
    }

    @Override
    public Health health() {
        OutboxRelay.Status status = relay.status();
        Duration sinceTurn = Duration.between(status.lastTurn(), Instant.now());
        Health.Builder health;
        if (!status.running() || !status.alive()) {
            health = Health.down().withDetail("reason", "the relay thread is not running");
        } else if (sinceTurn.compareTo(stuckAfter) > 0) {
            health = Health.down().withDetail("reason", "the relay has not turned for " + sinceTurn.toSeconds() + " s");
        } else {
            health = Health.up();
        }
        return health.withDetail("leaseHeld", status.leaseHeld()).withDetail("lastTurn", status.lastTurn().toString())
                .build();
    }
}
