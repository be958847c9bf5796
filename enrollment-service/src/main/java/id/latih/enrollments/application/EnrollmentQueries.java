package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.Offering;
import id.latih.platform.domain.AgencyCodes;
import id.latih.platform.security.AgencyScope;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class EnrollmentQueries {

    private final EnrollmentAccess access;
    private final Enrollments enrollments;
    private final Offerings offerings;
    private final EmployeeDirectory employees;

    public EnrollmentQueries(EnrollmentAccess access, Enrollments enrollments, Offerings offerings,
                             EmployeeDirectory employees) {
        this.access = access;
        this.enrollments = enrollments;
        this.offerings = offerings;
        this.employees = employees;
    }

    public Enrollment enrollment(AgencyScope caller, String id) {
        return access.forReader(caller, id);
    }

    /** An employee's own enrollments, a supervisor's staff's, an agency's, or a region's or province's. */
    public List<Enrollment> enrollments(AgencyScope caller) {
        return enrollments.findVisibleTo(caller, employees::staffOf);
    }

    /** The open programs of the caller's region, for anyone with a role that reads. */
    public List<Offering> offerings(AgencyScope caller) {
        caller.requireReader();
        return offerings.findInRegion(AgencyCodes.regionOf(caller.owningAgency()));
    }
}
