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

    public EnrollmentQueries(EnrollmentAccess access, Enrollments enrollments, Offerings offerings) {
        this.access = access;
        this.enrollments = enrollments;
        this.offerings = offerings;
    }

    public Enrollment enrollment(AgencyScope caller, String id) {
        return access.forReader(caller, id);
    }

    public List<Enrollment> enrollments(AgencyScope caller) {
        return enrollments.findVisibleTo(caller);
    }

    /** The open programs of the caller's region. */
    public List<Offering> offerings(AgencyScope caller) {
        return offerings.findInRegion(AgencyCodes.regionOf(caller.owningAgency()));
    }
}
