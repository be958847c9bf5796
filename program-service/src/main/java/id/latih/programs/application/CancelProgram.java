package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.Program;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** The organising agency cancels an open program (ProgramCancelled); enrollment releases its seats. */
@Service
public class CancelProgram {

    private final ProgramLifecycle lifecycle;
    private final Clock clock;

    public CancelProgram(ProgramLifecycle lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    public Program cancel(AgencyScope caller, String programId, String reason) {
        Program current = lifecycle.writable(caller, programId);
        Program cancelled = current.cancel();
        return lifecycle.store(current, cancelled, cancelled.cancelled(clock.instant(), reason));
    }
}
