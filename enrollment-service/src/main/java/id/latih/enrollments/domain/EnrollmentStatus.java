package id.latih.enrollments.domain;

public enum EnrollmentStatus {
    CONFIRMED,
    COMPLETED,
    NOT_COMPLETED,
    CANCELLED
}
