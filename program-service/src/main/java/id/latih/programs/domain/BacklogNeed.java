package id.latih.programs.domain;

/**
 * A need from the needs analysis as program designers see it: who needs which competency, and whether a program
 * already plans for it.
 */
public record BacklogNeed(String needId, String agencyCode, String nip, String competencyCode, int currentLevel,
                          int requiredLevel, int cycleYear, String needStatus, String programId) {
}
