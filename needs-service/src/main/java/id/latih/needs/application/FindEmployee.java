package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import org.springframework.stereotype.Service;

/**
 * Reads one employee, if the caller may see them: an employee only themselves, a supervisor their staff, agency
 * roles their agency, analysts their region or province. Anyone else is simply not found, so nobody can probe for
 * a colleague's NIP.
 */
@Service
public class FindEmployee {

    private final EmployeeStore employees;

    public FindEmployee(EmployeeStore employees) {
        this.employees = employees;
    }

    public Employee find(AgencyScope caller, String nip) {
        return employees.find(nip)
                .filter(e -> caller.canReadPerson(e.agencyCode(), e.nip().value(), employees::staffOf))
                .map(e -> caller.reach() == Reach.SELF ? withoutSupervisor(e) : e)
                .orElseThrow(() -> new NotFoundException("Employee", nip));
    }

    /** An employee reading their own profile may not read their supervisor's record, so not their NIP either. */
    private static Employee withoutSupervisor(Employee e) {
        return new Employee(e.nip(), e.agencyCode(), e.name(), e.employmentType(), e.jobType(), e.positionTitle(),
                null, e.assessments(), e.version(), e.performanceRatings(), e.unit());
    }
}
