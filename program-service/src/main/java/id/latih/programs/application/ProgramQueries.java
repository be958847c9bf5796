package id.latih.programs.application;

import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.BacklogNeed;
import id.latih.programs.domain.Program;
import java.util.List;
import org.springframework.stereotype.Service;

/** What a caller may read: programs and the backlog of their agency, region or province. */
@Service
public class ProgramQueries {

    private final ProgramStore programs;
    private final Backlog backlog;

    public ProgramQueries(ProgramStore programs, Backlog backlog) {
        this.programs = programs;
        this.backlog = backlog;
    }

    public Program program(AgencyScope caller, String id) {
        return programs.find(id).filter(p -> caller.canRead(p.agencyCode()))
                .orElseThrow(() -> new NotFoundException("Program", id));
    }

    public List<Program> programs(AgencyScope caller) {
        return programs.findVisibleTo(caller);
    }

    public List<BacklogNeed> backlog(AgencyScope caller) {
        return backlog.findVisibleTo(caller);
    }
}
