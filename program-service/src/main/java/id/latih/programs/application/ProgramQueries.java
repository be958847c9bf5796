package id.latih.programs.application;

import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.platform.security.Supervision;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.ProgramStatus;
import org.springframework.security.access.AccessDeniedException;
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
    private final ProgramCalendar calendar;

    public ProgramQueries(ProgramStore programs, Backlog backlog, Supervision supervision, Seats seats,
                          ProgramCalendar calendar) {
        this.calendar = calendar;
        this.seats = seats;
        this.programs = programs;
        this.backlog = backlog;
        this.supervision = supervision;
    }

    /** A program and the seats enrollment has confirmed in it. */
    public record Detail(Program program, int confirmedSeats) {
    }

    public Detail program(AgencyScope caller, String id) {
        Program program = programs.find(id).filter(p -> ProgramVisibility.canSee(caller, p))
                .map(p -> asSeenBy(caller, p))
                .orElseThrow(() -> new NotFoundException("Program", id));
        return new Detail(program, seats.confirmedIn(id));
    }

    public CatalogPage programs(AgencyScope caller, ProgramFilter filter, CatalogPage.Request page) {
        caller.requireReader();
        if (filter.status() == ProgramStatus.DRAFT && !ProgramVisibility.draftsVisibleTo(caller, caller.agencyCode())) {
            throw new AccessDeniedException("Drafts are seen by their agency's designers and admins only");
        }
        CatalogPage found = programs.findVisibleTo(caller, filter.on(calendar.today()), page);
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

    public BacklogPage backlog(AgencyScope caller, BacklogPage.Filter filter, BacklogPage.Request page) {
        caller.requireReader();
        return backlog.findVisibleTo(caller, supervision, filter, page);
    }
}
