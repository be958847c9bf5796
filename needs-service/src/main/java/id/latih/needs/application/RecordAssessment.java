package id.latih.needs.application;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.AssessmentSource;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.RequiredLevelDefaults;
import id.latih.platform.domain.InvalidValueException;
import java.time.LocalDate;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Records evidence about one competency of an employee of the caller's own agency. The level the position requires
 * is the caller's where given; otherwise the job type's default for managerial competencies. Who may record depends on whose
 * eyes the evidence comes from: the agency's admin or system records any source (assessment-centre reports, 360
 * rounds); a supervisor records a SUPERVISOR assessment of their own direct staff only; an employee, or a supervisor
 * about themselves, records a SELF assessment of themselves only. An analyst who may read the employee still may not
 * add evidence.
 */
@Service
public class RecordAssessment {

    /** {@code requiredLevel} may be null where the job type gives a default ({@link RequiredLevelDefaults}). */
    public record Command(String competencyCode, int assessedLevel, Integer requiredLevel, AssessmentSource source,
                          LocalDate assessedOn) {
    }

    private final FindEmployee findEmployee;
    private final EmployeeStore employees;
    private final StandardsProperties standards;

    public RecordAssessment(FindEmployee findEmployee, EmployeeStore employees, StandardsProperties standards) {
        this.findEmployee = findEmployee;
        this.employees = employees;
        this.standards = standards;
    }

    public Employee record(AgencyScope caller, String nip, Command command) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION, Role.SUPERVISOR, Role.EMPLOYEE);
        Employee employee = findEmployee.find(caller, nip);
        caller.requireWriteTo(employee.agencyCode());
        requireMayRecord(caller, employee, command.source());
        int required = command.requiredLevel() != null ? command.requiredLevel()
                : standards.defaults().of(employee.jobType(), command.competencyCode()).orElseThrow(() ->
                        new InvalidValueException("requiredLevel", "no default level for " + command.competencyCode()
                                + " in a " + employee.jobType() + " position: state the level the position requires"));
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
