package id.latih.enrollments.domain;

/** Where an enrollment stands; only CONFIRMED holds a seat. */
public enum EnrollmentStatus {
    CONFIRMED,
    WAITLISTED,
    COMPLETED,
    NOT_COMPLETED,
    CANCELLED;

    /** Still in line for the program: may be withdrawn, and is cancelled with the program. */
    public boolean active() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
