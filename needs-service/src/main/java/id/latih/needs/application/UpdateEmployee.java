package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.Nip;
import id.latih.needs.domain.WorkUnit;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * An agency's admin or system changes an employee's profile (name, employment and job type, position, supervisor,
 * work unit)
 * and announces it (EmployeeUpdated), so the other services' replicas follow, e.g. who a new supervisor may read.
 * The write is conditional on the version read, so two concurrent changes cannot both claim the next version; the
 * same profile sent again changes and announces nothing.
 */
@Service
public class UpdateEmployee {

    /**
     * {@code unitCode} and {@code unitName} both left out keep the work unit as it is (a caller that does not know
     * units erases none); a unit code replaces it.
     */
    public record Command(String name, EmploymentType employmentType, JobType jobType, String positionTitle,
                          String supervisorNip, String unitCode, String unitName) {

        public Command(String name, EmploymentType employmentType, JobType jobType, String positionTitle,
                       String supervisorNip) {
            this(name, employmentType, jobType, positionTitle, supervisorNip, null, null);
        }
    }

    private final FindEmployee findEmployee;
    private final EmployeeStore employees;
    private final Clock clock;

    public UpdateEmployee(FindEmployee findEmployee, EmployeeStore employees, Clock clock) {
        this.findEmployee = findEmployee;
        this.employees = employees;
        this.clock = clock;
    }

    public Employee update(AgencyScope caller, String nip, Command command) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        Employee read = findEmployee.find(caller, nip);
        caller.requireWriteTo(read.agencyCode());
        Nip supervisor = command.supervisorNip() == null ? null
                : Nip.reference(command.supervisorNip(), "supervisorNip");
        WorkUnit unit = command.unitCode() == null && command.unitName() == null ? read.unit()
                : WorkUnit.of(command.unitCode(), command.unitName());
        Employee updated = read.updatedTo(command.name(), command.employmentType(), command.jobType(),
                command.positionTitle(), supervisor, unit);
        if (updated == read) {
            return read;
        }
        if (!employees.update(read, updated, updated.updated(clock.instant()))) {
            throw new RuleViolationException("concurrent-update",
                    "Employee " + nip + " was changed meanwhile; read it again and repeat the change");
        }
        return updated;
    }
}
