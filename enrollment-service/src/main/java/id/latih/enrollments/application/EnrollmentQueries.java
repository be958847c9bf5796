package id.latih.enrollments.application;

import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.platform.domain.InvalidValueException;
import id.latih.enrollments.domain.Offering;
import id.latih.platform.domain.AgencyCodes;
import id.latih.platform.security.AgencyScope;
import java.util.List;
import java.util.Map;
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

    /** The most enrollments one page holds. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * One page of an employee's own enrollments, a supervisor's staff's, an agency's, or a region's or province's, of
     * one program and one status when given.
     */
    public Enrollments.Page enrollments(AgencyScope caller, String programId, EnrollmentStatus status, int page,
                                        int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException(page < 0 ? "page" : "size", "page from 0, size from 1 to "
                    + MAX_PAGE_SIZE);
        }
        return enrollments.findVisibleTo(caller, employees::staffOf, programId, status, page, size);
    }

    /** An offering with the number of seats held in it now. */
    public record SeatedOffering(Offering offering, int seatsHeld) {
    }

    /** The open programs of the caller's region with their seat counts, for anyone with a role that reads. */
    public List<SeatedOffering> offerings(AgencyScope caller) {
        caller.requireReader();
        List<Offering> open = offerings.findInRegion(AgencyCodes.regionOf(caller.owningAgency()));
        Map<String, Integer> seats = enrollments.seatCounts(open.stream().map(Offering::programId).toList());
        return open.stream().map(o -> new SeatedOffering(o, seats.getOrDefault(o.programId(), 0))).toList();
    }
}
