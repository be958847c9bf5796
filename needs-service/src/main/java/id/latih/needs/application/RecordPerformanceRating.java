package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.PerformanceRating;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.time.Year;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Records an employee's yearly performance rating (SKP, PermenPANRB 6/2022): by the agency's admin or system, or by
 * the employee's direct supervisor, who rates their staff, never themselves. One rating per year; recording a year
 * again corrects it. A rating below Baik is the employee's performance gap.
 */
@Service
public class RecordPerformanceRating {

    private final FindEmployee findEmployee;
    private final EmployeeStore employees;
    private final Clock clock;

    public RecordPerformanceRating(FindEmployee findEmployee, EmployeeStore employees, Clock clock) {
        this.findEmployee = findEmployee;
        this.employees = employees;
        this.clock = clock;
    }

    public Employee record(AgencyScope caller, String nip, int year, PerformanceRating rating) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION, Role.SUPERVISOR);
        Employee employee = findEmployee.find(caller, nip);
        caller.requireWriteTo(employee.agencyCode());
        if (!caller.has(Role.AGENCY_ADMIN) && !caller.has(Role.INTEGRATION)
                && (nip.equals(caller.nip()) || !employees.staffOf(caller.agencyCode(), caller.nip()).contains(nip))) {
            throw new AccessDeniedException(
                    "A performance rating is recorded only by the employee's direct supervisor");
        }
        if (year > Year.now(clock).getValue()) {
            throw new InvalidValueException("year", "a rating is given for a year that has begun, not " + year);
        }
        employees.recordPerformanceRating(nip, year, rating);
        return employee.withPerformanceRating(year, rating);
    }
}
