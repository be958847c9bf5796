package id.latih.enrollments.domain;

public enum OfferingStatus {
    OPEN,
    CANCELLED,
    CLOSED
}
