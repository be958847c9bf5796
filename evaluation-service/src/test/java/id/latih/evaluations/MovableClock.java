package id.latih.evaluations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The service's clock in tests that let weeks pass: the real time, moved forward by whole days on demand. */
final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration ahead = Duration.ZERO;

    MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    void moveDays(long days) {
        ahead = ahead.plusDays(days);
    }

    void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("one zone in tests");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }
}
