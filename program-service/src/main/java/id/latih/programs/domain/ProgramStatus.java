package id.latih.programs.domain;

public enum ProgramStatus {
    PUBLISHED,
    CANCELLED,
    CLOSED
}
