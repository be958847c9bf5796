package id.latih.programs.domain;

/**
 * A need from the needs analysis as program designers see it: who needs which competency, and whether a program
 * already plans for it. A need of one employee names its {@code nip}; a need of an agency's approved AKPK has none
 * and counts its {@code staffAffected}, ranked by its {@code priority}.
 */
public record BacklogNeed(String needId, String agencyCode, String nip, String competencyCode, int currentLevel,
                          int requiredLevel, int cycleYear, String needStatus, String programId, int staffAffected,
                          double priority) {

    public BacklogNeed(String needId, String agencyCode, String nip, String competencyCode, int currentLevel,
                       int requiredLevel, int cycleYear, String needStatus, String programId) {
        this(needId, agencyCode, nip, competencyCode, currentLevel, requiredLevel, cycleYear, needStatus, programId,
                nip == null ? 0 : 1, 0);
    }
}
