package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.Offering;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import id.latih.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Finds an enrollment for a caller who may read it (the employee, their supervisor, their agency, an analyst above
 * it, or the program's organiser) or run it (only the organiser: attendance and completion are the organiser's
 * records, whoever else may read them). Anything else is not found, so nobody can probe for others' enrollments.
 */
@Component
public class EnrollmentAccess {

    public record Found(Enrollment enrollment, Offering offering) {
    }

    private final Enrollments enrollments;
    private final Offerings offerings;
    private final EmployeeDirectory employees;

    public EnrollmentAccess(Enrollments enrollments, Offerings offerings, EmployeeDirectory employees) {
        this.enrollments = enrollments;
        this.offerings = offerings;
        this.employees = employees;
    }

    public Enrollment forReader(AgencyScope caller, String id) {
        return enrollments.find(id)
                .filter(e -> caller.canReadPerson(e.agencyCode(), e.nip(), employees::staffOf) || organises(caller, e))
                .orElseThrow(() -> new NotFoundException("Enrollment", id));
    }

    public Found forOrganiser(AgencyScope caller, String id) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.PROGRAM_DESIGNER, Role.INTEGRATION);
        Enrollment enrollment = forReader(caller, id);
        Offering offering = offerings.find(enrollment.programId()).orElseThrow();
        caller.requireWriteTo(offering.agencyCode());
        return new Found(enrollment, offering);
    }

    private boolean organises(AgencyScope caller, Enrollment enrollment) {
        return caller.reach().atLeast(Reach.AGENCY) && offerings.find(enrollment.programId())
                .map(o -> o.agencyCode().equals(caller.owningAgency())).orElse(false);
    }
}
