package id.latih.needs.application;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import org.springframework.stereotype.Service;

/**
 * Records evidence about one competency of an employee of the caller's own agency: by its admin or system, or by
 * the employee's supervisor. An analyst who may read the employee still may not add evidence.
 */
@Service
public class RecordAssessment {

    private final FindEmployee findEmployee;
    private final EmployeeStore employees;

    public RecordAssessment(FindEmployee findEmployee, EmployeeStore employees) {
        this.findEmployee = findEmployee;
        this.employees = employees;
    }

    public Employee record(AgencyScope caller, String nip, Assessment assessment) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.SUPERVISOR, Role.INTEGRATION);
        Employee employee = findEmployee.find(caller, nip);
        caller.requireWriteTo(employee.agencyCode());
        employees.addAssessment(nip, assessment);
        return employee.withAssessment(assessment);
    }
}
