package id.latih.programs.application;

import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.ProgramStatus;
import org.springframework.stereotype.Service;

/**
 * Refuses a new or revised program (counted once, as it would now be) that would take its agency's planned cost for the year over the ceiling; with
 * {@code latih.programs.budget-over-ceiling=ADMIN_APPROVES} the agency admin may still publish it (the admin's
 * publication is the approval), a designer may not.
 */
@Service
class CeilingCheck {

    private final Ceilings ceilings;
    private final ProgramStore programs;
    private final ProgramSettings settings;

    CeilingCheck(Ceilings ceilings, ProgramStore programs, ProgramSettings settings) {
        this.ceilings = ceilings;
        this.programs = programs;
        this.settings = settings;
    }

    void requireWithin(AgencyScope caller, Program program) {
        int year = program.startDate().getYear();
        ceilings.find(program.agencyCode(), year).ifPresent(ceiling -> {
            long planned = programs.organisedIn(caller, year).stream()
                    .filter(p -> p.agencyCode().equals(program.agencyCode()) && p.status() != ProgramStatus.CANCELLED
                            && !p.id().equals(program.id()))
                    .mapToLong(p -> p.design().budget().costFor(p.capacity())).sum();
            long cost = program.design().budget().costFor(program.capacity());
            if (ceiling.allows(planned, cost)) {
                return;
            }
            boolean approved = settings.budgetOverCeiling() == ProgramSettings.OverCeiling.ADMIN_APPROVES
                    && caller.has(Role.AGENCY_ADMIN);
            if (!approved) {
                throw new RuleViolationException("over-budget-ceiling", "Planned Rp " + planned + " + Rp " + cost
                        + " exceeds the " + year + " ceiling of Rp " + ceiling.ceiling() + " for "
                        + program.agencyCode());
            }
        });
    }
}
