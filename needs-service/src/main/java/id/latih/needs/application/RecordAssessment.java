package id.latih.needs.application;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import id.latih.platform.security.AgencyScope;
import org.springframework.stereotype.Service;

/** Records evidence about one competency of an employee of the caller's agency. */
@Service
public class RecordAssessment {

    private final FindEmployee findEmployee;
    private final EmployeeStore employees;

    public RecordAssessment(FindEmployee findEmployee, EmployeeStore employees) {
        this.findEmployee = findEmployee;
        this.employees = employees;
    }

    public Employee record(AgencyScope caller, String nip, Assessment assessment) {
        Employee employee = findEmployee.find(caller, nip);
        employees.addAssessment(nip, assessment);
        return employee.withAssessment(assessment);
    }
}
