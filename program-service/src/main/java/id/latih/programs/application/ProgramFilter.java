package id.latih.programs.application;

import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.ProgramStatus;
import java.time.YearMonth;

/**
 * What a catalog reader narrows the list by; null leaves a criterion out. {@code month} selects programs that
 * start in it; {@code agencyCode} the organising agency.
 */
public record ProgramFilter(String competencyCode, LearningMethod method, YearMonth month, String agencyCode,
                            ProgramStatus status) {
}
