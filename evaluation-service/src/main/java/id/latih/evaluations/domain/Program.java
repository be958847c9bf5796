package id.latih.evaluations.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What evaluation knows of a program, replicated from program-service's events: who organises it (the agency whose
 * staff enter its scores and read its report), the competencies it develops with their target levels, when the
 * on-the-job check falls due, and its budget.
 *
 * @param targets               the program's competencies, its main one first; at least the main one
 * @param behaviourFollowUpDays days after completion the on-the-job check falls due; 0: the service's default
 */
public record Program(String programId, String agencyCode, String title, String competencyCode,
                      List<TargetLevel> targets, int behaviourFollowUpDays, ProgramCosts costs,
                      LocalDate startDate, LocalDate endDate) {

    public Program {
        targets = targets == null || targets.isEmpty()
                ? (competencyCode == null ? List.of() : List.of(new TargetLevel(competencyCode, 0)))
                : List.copyOf(targets);
        costs = costs == null ? ProgramCosts.NONE : costs;
    }

    /**
     * The last day of the program's evaluation window: the day the on-the-job check of a participant who completed
     * on the program's last day expires, after which no figure of the report can change. The check falls due the
     * design's follow-up days after the end ({@code defaultFollowUpMonths} where it sets none) and is taken for
     * {@code expiryDays}. None for a program without an end date.
     */
    public LocalDate evaluationClosesOn(int defaultFollowUpMonths, int expiryDays) {
        if (endDate == null) {
            return null;
        }
        LocalDate due = behaviourFollowUpDays > 0 ? endDate.plusDays(behaviourFollowUpDays)
                : endDate.plusMonths(defaultFollowUpMonths);
        return due.plusDays(expiryDays);
    }
}
