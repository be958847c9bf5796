package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.Program;
import id.latih.events.LatihEvent;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The organising agency cancels an open program (ProgramCancelled; enrollment releases its seats) or drops a draft
 * (no event: nobody else knew it). A cancelled program's facilitators and rooms are free again.
 */
@Service
public class CancelProgram {

    private final ProgramLifecycle lifecycle;
    private final ScheduleBooking schedule;
    private final Clock clock;

    public CancelProgram(ProgramLifecycle lifecycle, ScheduleBooking schedule, Clock clock) {
        this.schedule = schedule;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    public Program cancel(AgencyScope caller, String programId, String reason) {
        Program current = lifecycle.writable(caller, programId);
        Program cancelled = current.cancel();
        List<LatihEvent> events = current.isDraft() ? List.of() : List.of(cancelled.cancelled(clock.instant(), reason));
        lifecycle.store(current, cancelled, events);
        schedule.settle(current);
        return cancelled;
    }
}
