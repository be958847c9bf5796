package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedsAnalysis;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Runs the competency-gap analysis for one employee of the caller's own agency and cycle year, against the standards
 * of the employee's current and next positions ({@link PositionStandardQueries}). Each gap becomes a
 * need and a NeedIdentified event; running it again finds the same needs and announces nothing twice. Analysts of
 * a region or province read the results but never run an agency's analysis.
 */
@Service
public class AnalyseNeeds {

    private final FindEmployee findEmployee;
    private final NeedStore needs;
    private final AssessmentProperties assessment;
    private final PositionStandardQueries standards;
    private final Clock clock;

    public AnalyseNeeds(FindEmployee findEmployee, NeedStore needs, AssessmentProperties assessment,
                        PositionStandardQueries standards, Clock clock) {
        this.findEmployee = findEmployee;
        this.needs = needs;
        this.assessment = assessment;
        this.standards = standards;
        this.clock = clock;
    }

    public List<Need> analyse(AgencyScope caller, String nip, int cycleYear) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        Employee employee = findEmployee.find(caller, nip);
        caller.requireWriteTo(employee.agencyCode());
        List<Need> found = NeedsAnalysis.competencyGaps(employee, cycleYear, assessment.rule(),
                standards.requirementsOf(employee));
        found.forEach(need -> needs.addIfNew(need, need.identified(clock.instant())));
        return found;
    }
}
