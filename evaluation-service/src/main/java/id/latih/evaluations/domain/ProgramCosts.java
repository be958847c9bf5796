package id.latih.evaluations.domain;

/**
 * A program's budget as its design states it, in rupiah: a fixed part (venue, facilitators) and a part per
 * participant. Zero where the organiser set none.
 */
public record ProgramCosts(long fixedCosts, long costPerParticipant) {

    public static final ProgramCosts NONE = new ProgramCosts(0, 0);

    /** What the program cost for {@code participants}: every participant who took a seat, completed or not. */
    public long totalFor(int participants) {
        return Math.addExact(fixedCosts, Math.multiplyExact(costPerParticipant, (long) participants));
    }
}
