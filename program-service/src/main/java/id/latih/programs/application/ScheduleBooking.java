package id.latih.programs.application;

import id.latih.platform.domain.InvalidValueException;
import id.latih.programs.domain.Hold;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.ProgramStatus;
import id.latih.programs.domain.Resource;
import id.latih.programs.domain.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Books a program's facilitators and rooms before the program is stored, so that of two publications or revisions
 * that want one facilitator or room at overlapping times, across programs and service instances, exactly one
 * succeeds: the booking itself is the guarded write ({@link Bookings}), not a check read before it. After the
 * program's write, or when it is refused, {@link #settle} leaves the program holding exactly its stored sessions.
 * A hold whose program was never stored (the service stopped in between) blocks others for the configured
 * {@code booking-hold-minutes} only.
 */
@Service
class ScheduleBooking {

    private final Bookings bookings;
    private final ProgramStore programs;
    private final ProgramSettings settings;
    private final Clock clock;

    ScheduleBooking(Bookings bookings, ProgramStore programs, ProgramSettings settings, Clock clock) {
        this.bookings = bookings;
        this.programs = programs;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Books {@code attempted}'s sessions, then runs {@code store}; if a facilitator or room is taken, refuses naming
     * the session's field and stores nothing. Either way the program ends up holding what is stored.
     * {@code previous} is the version being replaced (null for a new program): the rooms and facilitators it gives
     * up are released.
     */
    Program bookAndStore(Program attempted, Program previous, Runnable store) {
        Instant now = clock.instant();
        for (Map.Entry<Resource, List<Hold>> wanted : holdsOf(attempted, now).entrySet()) {
            Resource resource = wanted.getKey();
            Optional<Hold> blocking = bookings.hold(resource, wanted.getValue(), h -> stillHeld(h, resource, now));
            if (blocking.isPresent()) {
                settle(attempted, previous);
                throw clash(attempted, resource, blocking.get());
            }
        }
        try {
            store.run();
        } finally {
            settle(attempted, previous);
        }
        return attempted;
    }

    /**
     * Leaves the program holding the sessions it has in the store now: all of them if it is published, none if it
     * is not (never stored, a draft, cancelled or closed). Read again rather than assumed, so that of two revisions
     * of one program racing, the loser's settling cannot release what the winner stored. {@code changed} are the
     * versions the last change went from and to (null where there is none): their resources are the ones touched.
     */
    void settle(Program... changed) {
        String programId = changed[0].id();
        Program stored = programs.find(programId).orElse(null);
        Set<Resource> touched = new LinkedHashSet<>();
        for (Program version : changed) {
            if (version != null) {
                touched.addAll(holdsOf(version, clock.instant()).keySet());
            }
        }
        boolean holding = stored != null && stored.status() == ProgramStatus.PUBLISHED;
        if (stored != null) {
            touched.addAll(holdsOf(stored, clock.instant()).keySet());
        }
        for (Resource resource : touched) {
            bookings.release(resource, programId, h -> holding && claims(stored, resource, h));
        }
    }

    private boolean stillHeld(Hold hold, Resource resource, Instant now) {
        boolean stored = programs.find(hold.programId())
                .filter(p -> p.status() == ProgramStatus.PUBLISHED)
                .filter(p -> claims(p, resource, hold)).isPresent();
        return stored || hold.heldSince().plus(settings.bookingHold()).isAfter(now);
    }

    private static boolean claims(Program program, Resource resource, Hold hold) {
        return program.design().sessions().stream()
                .anyMatch(s -> hold.isFor(program, s) && Resource.of(program.agencyCode(), s).contains(resource));
    }

    private static Map<Resource, List<Hold>> holdsOf(Program program, Instant now) {
        Map<Resource, List<Hold>> holds = new LinkedHashMap<>();
        for (Session s : program.design().sessions()) {
            for (Resource r : Resource.of(program.agencyCode(), s)) {
                holds.computeIfAbsent(r, k -> new ArrayList<>())
                        .add(new Hold(program.id(), s.sessionId(), s.startsAt(), s.endsAt(), now));
            }
        }
        return holds;
    }

    private InvalidValueException clash(Program program, Resource resource, Hold blocking) {
        List<Session> sessions = program.design().sessions();
        int index = 0;
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            if (Resource.of(program.agencyCode(), s).contains(resource) && s.startsAt().isBefore(blocking.endsAt())
                    && blocking.startsAt().isBefore(s.endsAt())) {
                index = i;
                break;
            }
        }
        String holder = programs.find(blocking.programId()).map(p -> p.id() + " (" + p.title() + ")")
                .orElse(blocking.programId() + " (being published)");
        return new InvalidValueException("sessions[" + index + "]." + resource.field(), "is booked by program "
                + holder + " from " + blocking.startsAt() + " to " + blocking.endsAt());
    }
}
