package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import id.latih.programs.domain.Program;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A program designer or agency admin publishes a program of the caller's own agency in one step, without a draft,
 * and announces it (ProgramPublished) with its whole design, so enrollment and evaluation never call back. Its
 * facilitators and rooms are booked first ({@link ScheduleBooking}). Its needs are marked as planned when this
 * service reads its own ProgramPublished back ({@link BacklogUpdates#programPublished}): the program and its event
 * are one atomic write, so a crash can never leave a published program whose needs still look unplanned.
 */
@Service
public class PublishProgram {

    private final ProgramStore programs;
    private final ProgramPlans plans;
    private final ScheduleBooking schedule;
    private final CeilingCheck ceiling;
    private final ProgramSettings settings;
    private final Clock clock;

    public PublishProgram(ProgramStore programs, ProgramPlans plans, ScheduleBooking schedule, CeilingCheck ceiling,
                          ProgramSettings settings, Clock clock) {
        this.ceiling = ceiling;
        this.programs = programs;
        this.schedule = schedule;
        this.plans = plans;
        this.settings = settings;
        this.clock = clock;
    }

    public Program publish(AgencyScope caller, ProgramPlans.Command c) {
        caller.requireAny(Role.PROGRAM_DESIGNER, Role.AGENCY_ADMIN);
        Program program = Program.publish(caller.owningAgency(), plans.plan(caller, c),
                settings.earliestStart(clock), settings.timeZone());
        ceiling.requireWithin(caller, program);
        return schedule.bookAndStore(program, null,
                () -> programs.add(program, List.of(program.published(clock.instant()))));
    }
}
