package id.latih.enrollments.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may enroll in a program, as its organiser set it: job types, positions and agencies (empty: any), and
 * programs that must have been completed first. A refusal names the rule, so the employee and their agency know what to do. When
 * the program requires a supervisor's approval, only the employee's supervisor enrolls them: that enrollment is the
 * approval, and nobody else's can bypass it.
 */
public record Eligibility(List<String> jobTypes, List<String> agencies, List<String> prerequisiteProgramIds,
                          boolean supervisorApprovalRequired, List<String> positions) {

    public Eligibility {
        jobTypes = jobTypes == null ? List.of() : List.copyOf(jobTypes);
        positions = positions == null ? List.of() : List.copyOf(positions);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        prerequisiteProgramIds = prerequisiteProgramIds == null ? List.of() : List.copyOf(prerequisiteProgramIds);
    }

    /** Eligibility without a restriction by position. */
    public Eligibility(List<String> jobTypes, List<String> agencies, List<String> prerequisiteProgramIds,
                       boolean supervisorApprovalRequired) {
        this(jobTypes, agencies, prerequisiteProgramIds, supervisorApprovalRequired, List.of());
    }

    public static Eligibility anyone() {
        return new Eligibility(List.of(), List.of(), List.of(), false);
    }

    /**
     * Why the caller may not enroll the employee, or empty: {@code bySupervisorOrSelf} when the caller supervises
     * them (their enrollment is the approval) or is the employee (their request then waits for the approval).
     */
    public Optional<String> refusal(String agencyCode, String jobType, String positionTitle,
                                    Set<String> completedProgramIds, boolean bySupervisor) {
        if (supervisorApprovalRequired && !bySupervisor) {
            return Optional.of("the program requires the supervisor's approval: the employee requests it, or the "
                    + "employee's supervisor enrolls them");
        }
        if (!positions.isEmpty() && (positionTitle == null
                || positions.stream().noneMatch(p -> p.trim().equalsIgnoreCase(positionTitle.trim())))) {
            return Optional.of("the program is open to positions " + String.join(", ", positions) + " only, not "
                    + positionTitle);
        }
        return refusal(agencyCode, jobType, completedProgramIds);
    }

    /** Why the employee may not enroll by agency, job type or prerequisites, or empty if they may. */
    public Optional<String> refusal(String agencyCode, String jobType, Set<String> completedProgramIds) {
        if (!agencies.isEmpty() && !agencies.contains(agencyCode)) {
            return Optional.of("the program is open to agencies " + String.join(", ", agencies) + " only");
        }
        if (!jobTypes.isEmpty() && (jobType == null || !jobTypes.contains(jobType))) {
            return Optional.of("the program is open to job types " + String.join(", ", jobTypes) + " only, not "
                    + jobType);
        }
        List<String> missing = prerequisiteProgramIds.stream().filter(p -> !completedProgramIds.contains(p)).toList();
        if (!missing.isEmpty()) {
            return Optional.of("programs " + String.join(", ", missing) + " must be completed first");
        }
        return Optional.empty();
    }
}
