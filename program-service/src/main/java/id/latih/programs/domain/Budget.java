package id.latih.programs.domain;

/**
 * What a program costs, in rupiah: per participant (materials, meals, certificates) and fixed (venue,
 * facilitators), and who pays (APBD, APBN, a partner).
 */
public record Budget(long costPerParticipant, long fixedCosts, String fundingSource) {

    /** The planned cost of running the program for {@code participants}. */
    public long costFor(int participants) {
        return fixedCosts + costPerParticipant * participants;
    }
}
