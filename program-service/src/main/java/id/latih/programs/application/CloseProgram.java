package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.Program;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** The organising agency closes a program from its last day on (ProgramClosed): completions can be settled. */
@Service
public class CloseProgram {

    private final ProgramLifecycle lifecycle;
    private final ProgramSettings settings;
    private final Clock clock;

    public CloseProgram(ProgramLifecycle lifecycle, ProgramSettings settings, Clock clock) {
        this.lifecycle = lifecycle;
        this.settings = settings;
        this.clock = clock;
    }

    public Program close(AgencyScope caller, String programId) {
        Program current = lifecycle.writable(caller, programId);
        Program closed = current.close(LocalDate.now(clock.withZone(settings.timeZone())));
        return lifecycle.store(current, closed, closed.closed(clock.instant()));
    }
}
