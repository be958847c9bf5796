package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.Offering;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;

/**
 * Gives free seats to the waitlist, first arrived first served, each promotion one conditional write of the
 * waiting enrollment (its seat and its EnrollmentConfirmed event). Runs after every release of a seat, every
 * capacity change and every new waitlist entry, and periodically for every program with a waitlist, so a crash
 * between a release and the promotion only delays it. Any number of instances may run it at once: a seat taken by
 * another is refused by the store and the next free one is tried.
 */
@Service
public class PromoteWaitlisted {

    private final Offerings offerings;
    private final Enrollments enrollments;
    private final Clock clock;

    public PromoteWaitlisted(Offerings offerings, Enrollments enrollments, Clock clock) {
        this.offerings = offerings;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    /** Promotes until no seat is free or nobody waits; returns how many were promoted here. */
    public int promote(String programId) {
        Optional<Offering> offering = offerings.find(programId);
        if (offering.isEmpty()) {
            return 0;
        }
        int promoted = 0;
        int collisions = 0;
        while (collisions <= offering.get().capacity()) {
            List<Integer> free = offering.get().freeSeats(enrollments.seatsHeld(programId));
            Optional<Enrollment> next = free.isEmpty() ? Optional.empty() : enrollments.firstWaiting(programId);
            if (next.isEmpty()) {
                return promoted;
            }
            Enrollment seated = next.get().promote(free.get(ThreadLocalRandom.current().nextInt(free.size())));
            if (enrollments.promote(seated, seated.confirmed(clock.instant()))) {
                promoted++;
            } else {
                collisions++;
            }
        }
        return promoted;
    }

    /** Serves every program that has a waitlist: the repair after a crash between a release and its promotion. */
    public int promoteEverywhere() {
        return enrollments.programsWithWaitlist().stream().mapToInt(this::promote).sum();
    }
}
