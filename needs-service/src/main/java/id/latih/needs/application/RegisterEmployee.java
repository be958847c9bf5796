package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.Nip;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * An agency's admin or system registers an employee with the caller's own agency and announces it
 * (EmployeeRegistered). The optional supervisor NIP lets that supervisor read the employee's records.
 */
@Service
public class RegisterEmployee {

    public record Command(String nip, String name, EmploymentType employmentType, JobType jobType,
                          String positionTitle, String supervisorNip) {
    }

    private final EmployeeStore employees;
    private final Clock clock;

    public RegisterEmployee(EmployeeStore employees, Clock clock) {
        this.employees = employees;
        this.clock = clock;
    }

    public Employee register(AgencyScope caller, Command command) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        Nip supervisor = command.supervisorNip() == null ? null
                : Nip.reference(command.supervisorNip(), "supervisorNip");
        Employee employee = Employee.register(Nip.parse(command.nip(), command.employmentType()),
                caller.owningAgency(), command.name(), command.employmentType(), command.jobType(),
                command.positionTitle(), supervisor);
        employees.register(employee, employee.registered(clock.instant()));
        return employee;
    }
}
