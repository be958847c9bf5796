package id.latih.needs.application;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.AssessmentSource;
import id.latih.needs.domain.Employee;
import id.latih.platform.domain.InvalidValueException;
import java.time.LocalDate;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Records evidence about one competency of an employee of the caller's own agency. The competency must be in a
 * dictionary the agency uses. The level the position requires comes from the position standards (the agency's
 * standard, else the job type's managerial default), never from the caller: a {@code requiredLevel} that is sent
 * must agree with the standard, so a client written before standards existed keeps working and one that disagrees
 * learns where the level now comes from. Who may record depends on whose
 * eyes the evidence comes from: the agency's admin or system records any source (assessment-centre reports, 360
 * rounds); a supervisor records a SUPERVISOR assessment of their own direct staff only; an employee, or a supervisor
 * about themselves, records a SELF assessment of themselves only. An analyst who may read the employee still may not
 * add evidence.
 */
@Service
public class RecordAssessment {

    /** {@code requiredLevel} is best left null; if given it must equal the position standard's level. */
    public record Command(String competencyCode, int assessedLevel, Integer requiredLevel, AssessmentSource source,
                          LocalDate assessedOn) {
    }

    private final FindEmployee findEmployee;
    private final EmployeeStore employees;
    private final PositionStandardQueries standards;
    private final CompetencyDictionary dictionary;

    public RecordAssessment(FindEmployee findEmployee, EmployeeStore employees, PositionStandardQueries standards,
                            CompetencyDictionary dictionary) {
        this.findEmployee = findEmployee;
        this.employees = employees;
        this.standards = standards;
        this.dictionary = dictionary;
    }

    public Employee record(AgencyScope caller, String nip, Command command) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION, Role.SUPERVISOR, Role.EMPLOYEE);
        Employee employee = findEmployee.find(caller, nip);
        caller.requireWriteTo(employee.agencyCode());
        requireMayRecord(caller, employee, command.source());
        dictionary.require("competencyCode", employee.agencyCode(), command.competencyCode());
        int required = standards.requirementsOf(employee).current(command.competencyCode()).orElse(0);
        if (command.requiredLevel() != null && command.requiredLevel() != required) {
            throw new InvalidValueException("requiredLevel", "comes from the standard of the position '"
                    + employee.positionTitle() + "', which " + (required == 0 ? "states no level for "
                    + command.competencyCode() : "requires level " + required) + ": leave it out");
        }
        Assessment assessment = new Assessment(command.competencyCode(), command.assessedLevel(), required,
                command.source().name(), command.assessedOn());
        employees.addAssessment(nip, assessment);
        return employee.withAssessment(assessment);
    }

    private void requireMayRecord(AgencyScope caller, Employee employee, AssessmentSource source) {
        if (caller.has(Role.AGENCY_ADMIN) || caller.has(Role.INTEGRATION)) {
            return;
        }
        String subject = employee.nip().value();
        boolean themselves = subject.equals(caller.nip());
        boolean ownStaff = caller.has(Role.SUPERVISOR) && caller.nip() != null
                && employees.staffOf(caller.agencyCode(), caller.nip()).contains(subject);
        boolean allowed = switch (source) {
            case SELF -> themselves;
            case SUPERVISOR -> ownStaff && !themselves;
            case PEER, ASSESSMENT_CENTER, OBSERVED -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException(source == AssessmentSource.SELF
                    ? "A SELF assessment is recorded only by the employee themselves"
                    : source == AssessmentSource.SUPERVISOR
                    ? "A SUPERVISOR assessment is recorded only by the employee's direct supervisor"
                    : source + " assessments are recorded by the agency's admin or system");
        }
    }
}
