package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.Offering;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;

/**
 * Gives free seats to the waitlist, first arrived first served within each block of seats (an agency's quota, or
 * the pool): someone whose agency's quota is full waits while a later arrival of another agency with a free seat
 * goes ahead. Each promotion one conditional write of the
 * waiting enrollment (its seat and its EnrollmentConfirmed event). Runs after every release of a seat, every
 * capacity change and every new waitlist entry, and periodically for every program with a waitlist, so a crash
 * between a release and the promotion only delays it. Any number of instances may run it at once: a seat taken by
 * another is refused by the store and the next free one is tried.
 */
@Service
public class PromoteWaitlisted {

    /** How far down the line a pass looks for someone whose quota has a free seat. */
    private static final int LOOK_AHEAD = 1000;

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
        Optional<Offering> found = offerings.find(programId);
        if (found.isEmpty()) {
            return 0;
        }
        Offering offering = found.get();
        int promoted = 0;
        int collisions = 0;
        while (collisions <= offering.capacity()) {
            Optional<Candidate> next = nextToSeat(offering);
            if (next.isEmpty()) {
                return promoted;
            }
            Enrollment seated = next.get().enrollment().promote(next.get().seat());
            if (enrollments.promote(seated, next.get().block(), seated.confirmed(clock.instant()))) {
                promoted++;
            } else {
                collisions++;
            }
        }
        return promoted;
    }

    private record Candidate(Enrollment enrollment, String block, int seat) {
    }

    /** The first in line whose block (their agency's quota, or the pool) has a free seat, and that seat. */
    private Optional<Candidate> nextToSeat(Offering offering) {
        Map<String, List<Integer>> freeByBlock = new HashMap<>();
        for (Enrollment waiting : enrollments.waitingInOrder(offering.programId(), LOOK_AHEAD)) {
            String block = offering.seatBlockOf(waiting.agencyCode());
            List<Integer> free = freeByBlock.computeIfAbsent(block,
                    b -> offering.freeSeats(b, enrollments.seatsHeld(offering.programId(), b)));
            if (!free.isEmpty()) {
                return Optional.of(new Candidate(waiting, block,
                        free.get(ThreadLocalRandom.current().nextInt(free.size()))));
            }
        }
        return Optional.empty();
    }

    /** Serves every program that has a waitlist: the repair after a crash between a release and its promotion. */
    public int promoteEverywhere() {
        return enrollments.programsWithWaitlist().stream().mapToInt(this::promote).sum();
    }
}
