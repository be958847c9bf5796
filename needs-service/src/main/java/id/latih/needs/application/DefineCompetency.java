package id.latih.needs.application;

import id.latih.needs.domain.Competency;
import id.latih.needs.domain.DictionaryOwner;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Defines (or redefines) a technical competency in a dictionary. An agency's admin or system writes its agency's
 * own dictionary. A shared dictionary is written by the training centre of the region or province: the caller's
 * system or admin must also hold that level's analyst role (the region's BKPSDM, the province's BPSDM), so an
 * ordinary agency cannot change what its neighbours use. The national part is fixed by regulation.
 */
@Service
public class DefineCompetency {

    public record Command(String name, String description, List<String> levelDescriptors, DictionaryOwner owner) {
    }

    private final Competencies competencies;

    public DefineCompetency(Competencies competencies) {
        this.competencies = competencies;
    }

    public Competency define(AgencyScope caller, String code, Command command) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        DictionaryOwner owner = command.owner() == null ? DictionaryOwner.AGENCY : command.owner();
        switch (owner) {
            case NATIONAL -> throw new InvalidValueException("owner",
                    "the national dictionary (M.01-M.08, SK.01) is fixed by PermenPANRB 38/2017");
            case REGION -> requireRole(caller, Role.REGION_ANALYST, "a region's shared dictionary");
            case PROVINCE -> requireRole(caller, Role.PROVINCE_ANALYST, "a province's shared dictionary");
            case AGENCY -> { }
        }
        Competency competency = Competency.technical(code, command.name(), command.description(),
                command.levelDescriptors(), owner, caller.owningAgency());
        competencies.save(competency);
        return competency;
    }

    private static void requireRole(AgencyScope caller, Role role, String what) {
        if (!caller.has(role)) {
            throw new AccessDeniedException(what + " is kept by its training centre (" + role + ")");
        }
    }
}
