package id.latih.enrollments.domain;

/** Where an enrollment stands; only CONFIRMED holds a seat. */
public enum EnrollmentStatus {
    /** Requested by the employee, waiting for the supervisor's decision; holds no seat and no place in line. */
    PENDING_APPROVAL,
    CONFIRMED,
    WAITLISTED,
    COMPLETED,
    NOT_COMPLETED,
    /** Confirmed, but attended none of the scheduled sessions; decided, like NOT_COMPLETED, after the last one. */
    NO_SHOW,
    CANCELLED;

    /** Still in line for the program: may be withdrawn, and is cancelled with the program. */
    public boolean active() {
        return this == CONFIRMED || this == WAITLISTED || this == PENDING_APPROVAL;
    }
}
