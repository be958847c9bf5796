package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import id.latih.programs.domain.Program;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The organising agency's designer replaces a published program's design with a new revision and announces it
 * (ProgramRevised, the whole program). The capacity may not drop below the seats enrollment has confirmed; the
 * write is guarded by the version read, so two designers revising at once cannot overwrite each other. Sessions moved or added book their facilitators
 * and rooms anew; those given up are released once the revision is stored.
 */
@Service
public class ReviseProgram {

    private final ProgramLifecycle lifecycle;
    private final ProgramPlans plans;
    private final Seats seats;
    private final ScheduleBooking schedule;
    private final CeilingCheck ceiling;
    private final ProgramSettings settings;
    private final Clock clock;

    public ReviseProgram(ProgramLifecycle lifecycle, ProgramPlans plans, Seats seats, ScheduleBooking schedule,
                         CeilingCheck ceiling, ProgramSettings settings, Clock clock) {
        this.ceiling = ceiling;
        this.schedule = schedule;
        this.lifecycle = lifecycle;
        this.plans = plans;
        this.seats = seats;
        this.settings = settings;
        this.clock = clock;
    }

    public Program revise(AgencyScope caller, String programId, ProgramPlans.Command c) {
        Program current = lifecycle.writable(caller, programId);
        Program revised = current.revise(plans.plan(caller, c), seats.confirmedIn(programId),
                settings.earliestStart(clock), settings.timeZone());
        ceiling.requireWithin(caller, revised);
        return schedule.bookAndStore(revised, current,
                () -> lifecycle.store(current, revised, List.of(revised.revised(clock.instant()))));
    }
}
