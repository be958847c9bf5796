package id.latih.programs.application;

import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.platform.security.Supervision;
import id.latih.programs.domain.BacklogNeed;
import id.latih.programs.domain.Program;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What a caller may read: programs of their agency, region or province, and the backlog of needs in it; each need
 * names an employee, so employees see their own and supervisors their staff's.
 */
@Service
public class ProgramQueries {

    private final ProgramStore programs;
    private final Backlog backlog;
    private final Supervision supervision;

    public ProgramQueries(ProgramStore programs, Backlog backlog, Supervision supervision) {
        this.programs = programs;
        this.backlog = backlog;
        this.supervision = supervision;
    }

    public Program program(AgencyScope caller, String id) {
        return programs.find(id).filter(p -> caller.canRead(p.agencyCode())).map(p -> asSeenBy(caller, p))
                .orElseThrow(() -> new NotFoundException("Program", id));
    }

    public List<Program> programs(AgencyScope caller) {
        return programs.findVisibleTo(caller).stream().map(p -> asSeenBy(caller, p)).toList();
    }

    /** A need's id names its employee; employees and supervisors see the program, not whose needs it plans for. */
    private static Program asSeenBy(AgencyScope caller, Program p) {
        if (caller.reach().atLeast(Reach.AGENCY)) {
            return p;
        }
        return p.withoutNeeds();
    }

    public List<BacklogNeed> backlog(AgencyScope caller) {
        return backlog.findVisibleTo(caller, supervision);
    }
}
