package id.latih.programs.domain;

/**
 * DRAFT -> PUBLISHED -> RUNNING -> CLOSED, or CANCELLED. RUNNING is never stored: a published program is running
 * from its first day on ({@link Program#statusOn}).
 */
public enum ProgramStatus {
    DRAFT,
    PUBLISHED,
    RUNNING,
    CANCELLED,
    CLOSED
}
