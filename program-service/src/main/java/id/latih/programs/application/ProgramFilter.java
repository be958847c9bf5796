package id.latih.programs.application;

import id.latih.programs.domain.LearningMethod;
import id.latih.programs.domain.ProgramStatus;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a catalog reader narrows the list by; null leaves a criterion out. {@code month} selects programs that
 * start in it; {@code agencyCode} the organising agency. {@code today}, the agencies' date, tells PUBLISHED
 * (not started yet) from RUNNING; the catalog sets it.
 */
public record ProgramFilter(String competencyCode, LearningMethod method, YearMonth month, String agencyCode,
                            ProgramStatus status, LocalDate today) {

    public ProgramFilter(String competencyCode, LearningMethod method, YearMonth month, String agencyCode,
                         ProgramStatus status) {
        this(competencyCode, method, month, agencyCode, status, null);
    }

    ProgramFilter on(LocalDate day) {
        return new ProgramFilter(competencyCode, method, month, agencyCode, status, day);
    }
}
