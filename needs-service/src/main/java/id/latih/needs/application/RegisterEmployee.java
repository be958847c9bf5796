package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.Nip;
import id.latih.needs.domain.Transfer;
import id.latih.needs.domain.WorkUnit;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * An agency's admin or system registers an employee with the caller's own agency and announces it
 * (EmployeeRegistered). The optional supervisor NIP lets that supervisor read the employee's records. A NIP another
 * agency holds is a person moving between agencies (mutasi): the registration becomes a transfer request, which the
 * releasing agency or its region's training centre decides ({@link DecideTransfer}).
 */
@Service
public class RegisterEmployee {

    /** {@code unitCode} and {@code unitName}: the work unit, optional. */
    public record Command(String nip, String name, EmploymentType employmentType, JobType jobType,
                          String positionTitle, String supervisorNip, String unitCode, String unitName) {

        public Command(String nip, String name, EmploymentType employmentType, JobType jobType, String positionTitle,
                       String supervisorNip) {
            this(nip, name, employmentType, jobType, positionTitle, supervisorNip, null, null);
        }
    }

    private final EmployeeStore employees;
    private final Clock clock;

    public RegisterEmployee(EmployeeStore employees, Clock clock) {
        this.employees = employees;
        this.clock = clock;
    }

    public Registration register(AgencyScope caller, Command command) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        Nip supervisor = command.supervisorNip() == null ? null
                : Nip.reference(command.supervisorNip(), "supervisorNip");
        Nip nip = Nip.parse(command.nip(), command.employmentType());
        WorkUnit unit = WorkUnit.of(command.unitCode(), command.unitName());
        Optional<Employee> held = employees.find(nip.value());
        if (held.isPresent() && !held.get().agencyCode().equals(caller.owningAgency())) {
            return requestTransfer(caller, held.get(), new Transfer.Profile(command.name(),
                    command.employmentType(), command.jobType(), command.positionTitle(), supervisor));
        }
        Employee employee = Employee.register(nip, caller.owningAgency(), command.name(), command.employmentType(),
                command.jobType(), command.positionTitle(), supervisor, unit);
        employees.register(employee, employee.registered(clock.instant()));
        return new Registration.Registered(employee);
    }

    private Registration requestTransfer(AgencyScope caller, Employee held, Transfer.Profile profile) {
        Transfer transfer = Transfer.request(held, caller.owningAgency(), profile, caller.subject(), clock.instant());
        if (!employees.openTransfer(transfer)) {
            throw new RuleViolationException("transfer-open", "A transfer of employee " + held.nip().value()
                    + " is already open; it is decided before another is requested");
        }
        return new Registration.TransferRequested(transfer);
    }
}
