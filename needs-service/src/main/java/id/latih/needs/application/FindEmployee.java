package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import org.springframework.stereotype.Service;

/** Reads one employee, if the caller may see them; an employee outside the scope is simply not found. */
@Service
public class FindEmployee {

    private final EmployeeStore employees;

    public FindEmployee(EmployeeStore employees) {
        this.employees = employees;
    }

    public Employee find(AgencyScope caller, String nip) {
        return employees.find(nip).filter(e -> caller.canRead(e.agencyCode()))
                .orElseThrow(() -> new NotFoundException("Employee", nip));
    }
}
