package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.Program;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The organising agency's designer replaces a draft with a new version of it: no event (nobody else knows the
 * draft), guarded by the version read so two designers editing at once cannot overwrite each other.
 */
@Service
public class EditDraft {

    private final ProgramLifecycle lifecycle;
    private final ProgramPlans plans;
    private final ProgramSettings settings;
    private final Clock clock;

    public EditDraft(ProgramLifecycle lifecycle, ProgramPlans plans, ProgramSettings settings, Clock clock) {
        this.lifecycle = lifecycle;
        this.plans = plans;
        this.settings = settings;
        this.clock = clock;
    }

    public Program edit(AgencyScope caller, String programId, ProgramPlans.Command c) {
        Program current = lifecycle.writable(caller, programId);
        Program edited = current.editDraft(plans.plan(caller, c), settings.earliestStart(clock),
                settings.timeZone());
        return lifecycle.store(current, edited, List.of());
    }
}
