package id.latih.needs.domain;

/**
 * One employee's part of an agency need: current level, the level their position requires, and their performance
 * gap (steps below Baik in the latest SKP rating before the cycle year, 0 without one).
 */
public record StaffGap(String nip, int currentLevel, int targetLevel, int performanceGap) {

    public int gap() {
        return Math.max(0, targetLevel - currentLevel);
    }

    public boolean reached() {
        return currentLevel >= targetLevel;
    }

    public StaffGap observedAt(int level) {
        return new StaffGap(nip, Math.max(currentLevel, level), targetLevel, performanceGap);
    }
}
