package id.latih.programs.domain;

/**
 * What a participant must reach to complete: a share of the sessions attended (percent) and a post-test score out
 * of 100 (0: the program has no post-test).
 */
public record CompletionCriteria(int minimumAttendancePercent, int postTestPassMark) {
}
