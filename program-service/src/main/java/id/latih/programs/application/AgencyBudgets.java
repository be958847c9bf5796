package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.programs.domain.AgencyBudget;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.ProgramStatus;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Each organising agency's planned, committed and realised training cost for a year, from its programs starting
 * in that year (cancelled ones and drafts excluded), in total and per funding source, and the seats and completions enrollment has reported. For agency roles
 * and analysts, within what they read.
 */
@Service
public class AgencyBudgets {

    private final ProgramStore programs;
    private final Seats seats;

    public AgencyBudgets(ProgramStore programs, Seats seats) {
        this.programs = programs;
        this.seats = seats;
    }

    public List<AgencyBudget> forYear(AgencyScope caller, int year) {
        if (!caller.reach().atLeast(Reach.AGENCY)) {
            throw new AccessDeniedException("Budgets are for agency roles and analysts");
        }
        List<Program> run = programs.organisedIn(caller, year).stream()
                .filter(p -> p.status() != ProgramStatus.CANCELLED && !p.isDraft()).toList();
        Map<String, Seats.Held> held = seats.heldIn(run.stream().map(Program::id).toList());
        Map<String, AgencyBudget> byAgency = new TreeMap<>();
        for (Program p : run) {
            Seats.Held h = held.getOrDefault(p.id(), new Seats.Held(0, 0));
            byAgency.put(p.agencyCode(), byAgency.getOrDefault(p.agencyCode(), AgencyBudget.none(p.agencyCode(), year))
                    .plus(p, h.seats(), h.completed()));
        }
        return List.copyOf(byAgency.values());
    }
}
