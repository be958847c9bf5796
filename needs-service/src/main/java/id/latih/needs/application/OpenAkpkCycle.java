package id.latih.needs.application;

import id.latih.needs.domain.AgencyAnalysis;
import id.latih.needs.domain.CycleWindow;
import id.latih.needs.domain.DictionaryOwner;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A region's (or the province's) training centre opens the year's AKPK cycle for its agencies with a deadline, or
 * moves the deadline. Every agency of it known so far (one with employees) gets its AKPK, COLLECTING, so the region
 * sees from the first day who has not started; an agency that appears later gets its AKPK on its first analysis.
 * Like a shared dictionary, this is the training centre's system or admin with the level's analyst role.
 */
@Service
public class OpenAkpkCycle {

    public record Command(int year, LocalDate deadline, DictionaryOwner level) {
    }

    private final CycleWindows windows;
    private final AgencyAnalyses analyses;
    private final AkpkEvidence evidence;
    private final Clock clock;

    public OpenAkpkCycle(CycleWindows windows, AgencyAnalyses analyses, AkpkEvidence evidence, Clock clock) {
        this.windows = windows;
        this.analyses = analyses;
        this.evidence = evidence;
        this.clock = clock;
    }

    public CycleWindow open(AgencyScope caller, Command command) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        DictionaryOwner level = command.level() == null ? DictionaryOwner.REGION : command.level();
        String key = switch (level) {
            case REGION -> requireRole(caller, Role.REGION_ANALYST, caller.regionCode());
            case PROVINCE -> requireRole(caller, Role.PROVINCE_ANALYST, caller.provinceCode());
            default -> throw new InvalidValueException("level", "a cycle is opened by a REGION or a PROVINCE");
        };
        CycleWindow window = new CycleWindow(CycleWindow.idFor(key, command.year()), level, key, command.year(),
                command.deadline(), caller.subject(), clock.instant());
        windows.save(window);
        String prefix = level == DictionaryOwner.REGION ? key + "." : key;
        evidence.agenciesUnder(prefix).stream()
                // A province's deadline does not override a region's own cycle.
                .filter(agency -> windows.findFor(agency, command.year()).map(CycleWindow::id)
                        .filter(window.id()::equals).isPresent())
                .forEach(agency -> analyses.open(AgencyAnalysis.collecting(agency, command.year(),
                        command.deadline())));
        return window;
    }

    private static String requireRole(AgencyScope caller, Role role, String key) {
        if (!caller.has(role) || key == null) {
            throw new AccessDeniedException("A cycle of this level is opened by its training centre (" + role + ")");
        }
        return key;
    }
}
