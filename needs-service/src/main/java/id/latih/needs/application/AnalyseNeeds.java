package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedsAnalysis;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Runs the competency-gap analysis for one employee and cycle year. Each gap becomes a need and a NeedIdentified
 * event; running it again finds the same needs and announces nothing twice.
 */
@Service
public class AnalyseNeeds {

    private final FindEmployee findEmployee;
    private final NeedStore needs;
    private final Clock clock;

    public AnalyseNeeds(FindEmployee findEmployee, NeedStore needs, Clock clock) {
        this.findEmployee = findEmployee;
        this.needs = needs;
        this.clock = clock;
    }

    public List<Need> analyse(AgencyScope caller, String nip, int cycleYear) {
        Employee employee = findEmployee.find(caller, nip);
        List<Need> found = NeedsAnalysis.competencyGaps(employee, cycleYear);
        found.forEach(need -> needs.addIfNew(need, need.identified(clock.instant())));
        return found;
    }
}
