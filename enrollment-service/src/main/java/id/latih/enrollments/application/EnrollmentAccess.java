package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.Offering;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds an enrollment for a caller who runs it: the program's organiser, or the employee's own agency admin.
 * Anything else is not found, so one agency cannot probe another's enrollments.
 */
@Component
public class EnrollmentAccess {

    public record Found(Enrollment enrollment, Offering offering) {
    }

    private final Enrollments enrollments;
    private final Offerings offerings;

    public EnrollmentAccess(Enrollments enrollments, Offerings offerings) {
        this.enrollments = enrollments;
        this.offerings = offerings;
    }

    public Enrollment forReader(AgencyScope caller, String id) {
        return enrollments.find(id).filter(e -> caller.canRead(e.agencyCode()) || organises(caller, e))
                .orElseThrow(() -> new NotFoundException("Enrollment", id));
    }

    public Found forOrganiser(AgencyScope caller, String id) {
        Enrollment enrollment = forReader(caller, id);
        caller.requireAny(Role.AGENCY_ADMIN, Role.PROGRAM_DESIGNER, Role.INTEGRATION);
        if (!organises(caller, enrollment) && !enrollment.agencyCode().equals(caller.owningAgency())) {
            throw new AccessDeniedException("Only the organiser or the employee's agency runs this enrollment");
        }
        return new Found(enrollment, offerings.find(enrollment.programId()).orElseThrow());
    }

    private boolean organises(AgencyScope caller, Enrollment enrollment) {
        return offerings.find(enrollment.programId())
                .map(o -> o.agencyCode().equals(caller.owningAgency())).orElse(false);
    }
}
