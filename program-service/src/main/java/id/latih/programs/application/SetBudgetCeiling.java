package id.latih.programs.application;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import id.latih.programs.domain.BudgetCeiling;
import org.springframework.stereotype.Service;

/** The agency admin sets the agency's own training budget ceiling for a year; analysts read, never set. */
@Service
public class SetBudgetCeiling {

    private final Ceilings ceilings;

    public SetBudgetCeiling(Ceilings ceilings) {
        this.ceilings = ceilings;
    }

    public BudgetCeiling set(AgencyScope caller, int year, long ceiling) {
        caller.requireAny(Role.AGENCY_ADMIN);
        BudgetCeiling set = new BudgetCeiling(caller.owningAgency(), year, ceiling);
        ceilings.set(set);
        return set;
    }
}
