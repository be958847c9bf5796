package id.latih.evaluations.application;

import id.latih.evaluations.domain.Program;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a program's evaluation. A program's results belong to its organiser: the organising agency's
 * admins, designers and systems enter its test scores; they and the analysts above the organiser read its report.
 * A program outside the caller's reach is not found, so its existence is not disclosed.
 */
@Component
public class ProgramAccess {

    private final Programs programs;

    public ProgramAccess(Programs programs) {
        this.programs = programs;
    }

    /** The program, for a caller who may read its report: agency reach or wider over the organiser. */
    public Program forReader(AgencyScope caller, String programId) {
        if (!caller.requireReader().atLeast(Reach.AGENCY)) {
            throw new AccessDeniedException("A program's evaluation report is read by its organiser and analysts");
        }
        return programs.find(programId).filter(p -> caller.canRead(p.agencyCode()))
                .orElseThrow(() -> new NotFoundException("Program", programId));
    }

    /** The program, for a caller of the organising agency who may enter its results. */
    public Program forOrganiser(AgencyScope caller, String programId) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.PROGRAM_DESIGNER, Role.INTEGRATION);
        Program program = forReader(caller, programId);
        caller.requireWriteTo(program.agencyCode());
        return program;
    }
}
