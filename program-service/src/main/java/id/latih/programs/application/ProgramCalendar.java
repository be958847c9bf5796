package id.latih.programs.application;

import id.latih.programs.domain.Program;
import id.latih.programs.domain.ProgramStatus;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** Today in the agencies' time zone, and the status a program shows on it (RUNNING from its first day). */
@Service
public class ProgramCalendar {

    private final ProgramSettings settings;
    private final Clock clock;

    public ProgramCalendar(ProgramSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
    }

    public ProgramStatus statusOf(Program program) {
        return program.statusOn(today());
    }
}
