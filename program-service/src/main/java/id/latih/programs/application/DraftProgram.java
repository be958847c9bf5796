package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import id.latih.programs.domain.Program;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A designer or agency admin starts a program as a draft of the caller's own agency: checked like a publication
 * (so what cannot be run is refused early), but announced to nobody and seen only by the agency's designers and
 * admins. Drafts book no facilitator or room and count in no budget until they are published.
 */
@Service
public class DraftProgram {

    private final ProgramStore programs;
    private final ProgramPlans plans;
    private final ProgramSettings settings;
    private final Clock clock;

    public DraftProgram(ProgramStore programs, ProgramPlans plans, ProgramSettings settings, Clock clock) {
        this.programs = programs;
        this.plans = plans;
        this.settings = settings;
        this.clock = clock;
    }

    public Program draft(AgencyScope caller, ProgramPlans.Command c) {
        caller.requireAny(Role.PROGRAM_DESIGNER, Role.AGENCY_ADMIN);
        Program draft = Program.draft(caller.owningAgency(), plans.plan(caller, c), settings.earliestStart(clock),
                settings.timeZone());
        programs.add(draft, List.of());
        return draft;
    }
}
