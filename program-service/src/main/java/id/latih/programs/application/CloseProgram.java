package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.Program;
import java.time.Clock;
import java.util.List;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The organising agency closes a program from its last day on (ProgramClosed): completions can be settled, and its
 * facilitators and rooms are released.
 */
@Service
public class CloseProgram {

    private final ProgramLifecycle lifecycle;
    private final ProgramSettings settings;
    private final ScheduleBooking schedule;
    private final Clock clock;

    public CloseProgram(ProgramLifecycle lifecycle, ScheduleBooking schedule, ProgramSettings settings, Clock clock) {
        this.schedule = schedule;
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.clock = clock;
    }

    public Program close(AgencyScope caller, String programId) {
        Program current = lifecycle.writable(caller, programId);
        Program closed = current.close(LocalDate.now(clock.withZone(settings.timeZone())));
        lifecycle.store(current, closed, List.of(closed.closed(clock.instant())));
        schedule.settle(current);
        return closed;
    }
}
