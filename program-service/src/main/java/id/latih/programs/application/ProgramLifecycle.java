package id.latih.programs.application;

import id.latih.events.LatihEvent;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import id.latih.programs.domain.Program;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The two steps every change of a program shares: find it within what the caller sees (outside it: not found;
 * a draft is seen by its own agency's designers and admins only) and refuse anyone but a designer or admin of the organising agency; then store the change with its
 * events (none for a draft's edits), guarded by the version that was read.
 */
@Service
class ProgramLifecycle {

    private final ProgramStore programs;

    ProgramLifecycle(ProgramStore programs) {
        this.programs = programs;
    }

    Program writable(AgencyScope caller, String programId) {
        Program program = programs.find(programId)
                .filter(p -> ProgramVisibility.canSee(caller, p))
                .orElseThrow(() -> new NotFoundException("Program", programId));
        caller.requireAny(Role.PROGRAM_DESIGNER, Role.AGENCY_ADMIN).requireWriteTo(program.agencyCode());
        return program;
    }

    Program store(Program read, Program changed, List<LatihEvent> events) {
        if (!programs.replace(changed, read.version(), events)) {
            throw new RuleViolationException("concurrent-change", "Program " + read.id()
                    + " was changed meanwhile; read it again and retry");
        }
        return changed;
    }
}
