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
    private final Seats seats;

    public ProgramQueries(ProgramStore programs, Backlog backlog, Supervision supervision, Seats seats) {
        this.seats = seats;
        this.programs = programs;
        this.backlog = backlog;
        this.supervision = supervision;
    }

    /** A program and the seats enrollment has confirmed in it. */
    public record Detail(Program program, int confirmedSeats) {
    }

    public Detail program(AgencyScope caller, String id) {
        Program program = programs.find(id).filter(p -> caller.canRead(p.agencyCode()) || p.openTo().contains(caller.agencyCode()))
                .map(p -> asSeenBy(caller, p))
                .orElseThrow(() -> new NotFoundException("Program", id));
        return new Detail(program, seats.confirmedIn(id));
    }

    public CatalogPage programs(AgencyScope caller, ProgramFilter filter, CatalogPage.Request page) {
        caller.requireReader();
        CatalogPage found = programs.findVisibleTo(caller, filter, page);
        return new CatalogPage(found.programs().stream().map(p -> asSeenBy(caller, p)).toList(), found.total());
    }

    /**
     * A need's id names its employee: employees and supervisors, and agencies the program is merely open to, see the
     * program, not whose needs it plans for.
     */
    private static Program asSeenBy(AgencyScope caller, Program p) {
        if (caller.reach().atLeast(Reach.AGENCY) && caller.canRead(p.agencyCode())) {
            return p;
        }
        return p.withoutNeeds();
    }

    public List<BacklogNeed> backlog(AgencyScope caller) {
        return backlog.findVisibleTo(caller, supervision);
    }
}
