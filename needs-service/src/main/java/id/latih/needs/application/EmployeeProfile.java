package id.latih.needs.application;

import id.latih.needs.domain.CompetencyStanding;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.PositionRequirements;
import id.latih.platform.security.AgencyScope;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * An employee's competency profile as a training officer reads it: each competency's current level against what
 * the current and next positions require, and the history of needs (the employee's own and the AKPK needs naming
 * them), newest first. Whoever may read the employee (themselves, their supervisor, their agency, oversight) may read
 * it; anyone else does not find the employee.
 */
@Service
public class EmployeeProfile {

    /** The most needs of each kind the profile lists; a full list is paged at /api/needs and /api/akpk. */
    static final int MAX_NEEDS = 100;

    public record Profile(Employee employee, String nextPositionTitle, List<CompetencyStanding> competencies,
                          List<Need> needs, List<AgencyNeedSummary> akpkNeeds) {
    }

    private final FindEmployee findEmployee;
    private final PositionStandardQueries standards;
    private final AssessmentProperties assessment;
    private final NeedStore needs;
    private final AgencyNeeds agencyNeeds;
    private final EmployeeStore employees;

    public EmployeeProfile(FindEmployee findEmployee, PositionStandardQueries standards,
                           AssessmentProperties assessment, NeedStore needs, AgencyNeeds agencyNeeds,
                           EmployeeStore employees) {
        this.findEmployee = findEmployee;
        this.standards = standards;
        this.assessment = assessment;
        this.needs = needs;
        this.agencyNeeds = agencyNeeds;
        this.employees = employees;
    }

    public Profile of(AgencyScope caller, String nip) {
        Employee employee = findEmployee.find(caller, nip);
        PositionRequirements requirements = standards.requirementsOf(employee);
        List<Need> own = needs.findVisibleTo(caller, employees::staffOf, new NeedFilter(null, null, null, nip),
                NeedFilter.NeedOrder.NEWEST_CYCLE_FIRST, 0, MAX_NEEDS).items();
        return new Profile(employee, requirements.current() == null ? null
                : requirements.current().nextPositionTitle(),
                CompetencyStanding.of(employee, assessment.rule(), requirements), own,
                agencyNeeds.findWith(nip, MAX_NEEDS));
    }
}
