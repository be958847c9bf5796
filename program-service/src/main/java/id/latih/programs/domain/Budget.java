package id.latih.programs.domain;

/**
 * What a program costs, in rupiah: per participant (materials, meals, certificates) and fixed (venue,
 * facilitators), and who pays; {@code fundingSource} is null when the designer has not said.
 */
public record Budget(long costPerParticipant, long fixedCosts, FundingSource fundingSource) {

    /** The planned cost of running the program for {@code participants}. */
    public long costFor(int participants) {
        return fixedCosts + costPerParticipant * participants;
    }
}
