package id.latih.evaluations.domain;

/**
 * What evaluation knows of a program, replicated from program-service's events: who organises it (the agency whose
 * staff enter its test scores and read its report) and the competency it develops.
 */
public record Program(String programId, String agencyCode, String title, String competencyCode) {
}
