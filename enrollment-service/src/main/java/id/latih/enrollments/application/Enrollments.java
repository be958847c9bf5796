package id.latih.enrollments.application;

import id.latih.enrollments.domain.Attendance;
import id.latih.enrollments.domain.Enrollment;
import id.latih.enrollments.domain.EnrollmentStatus;
import id.latih.events.LatihEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import java.util.List;
import java.util.Optional;

public interface Enrollments {

    /** Stores a new enrollment with its event; false if the employee is already enrolled in the program. */
    boolean add(Enrollment enrollment, LatihEvent confirmed);

    Optional<Enrollment> find(String id);

    /** Adds the record while the enrollment is confirmed and has none for that date yet. */
    boolean addAttendance(String id, Attendance attendance, LatihEvent recorded);

    /** Ends a confirmed enrollment with the given status and event. */
    boolean finish(String id, EnrollmentStatus status, LatihEvent outcome);

    /** The enrollments the caller may read; a supervisor's staff come from {@code supervision}. */
    List<Enrollment> findVisibleTo(AgencyScope scope, Supervision supervision);
}
