package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.Nip;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** Registers an employee with the caller's own agency and announces it (EmployeeRegistered). */
@Service
public class RegisterEmployee {

    public record Command(String nip, String name, EmploymentType employmentType, JobType jobType,
                          String positionTitle) {
    }

    private final EmployeeStore employees;
    private final Clock clock;

    public RegisterEmployee(EmployeeStore employees, Clock clock) {
        this.employees = employees;
        this.clock = clock;
    }

    public Employee register(AgencyScope caller, Command command) {
        Employee employee = Employee.register(Nip.parse(command.nip(), command.employmentType()),
                caller.owningAgency(), command.name(), command.employmentType(), command.jobType(),
                command.positionTitle());
        employees.register(employee, employee.registered(clock.instant()));
        return employee;
    }
}
