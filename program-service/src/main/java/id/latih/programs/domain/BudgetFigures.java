package id.latih.programs.domain;

/**
 * An organising agency's training budget for a year, in rupiah. Planned: every open or closed program run in full
 * (fixed costs + cost per participant x capacity). Committed: the fixed costs of programs holding any seat and the
 * per-participant cost of seats held (confirmed, or completed). Realised: the fixed costs of programs with any
 * completion and the per-participant cost of participants who completed. {@code fundingSource} narrows the figures
 * to the programs one source pays for; null: all of the agency's programs, or those whose source is not set.
 */
public record BudgetFigures(String agencyCode, int year, int programs, long planned, long committed,
                            long realised, FundingSource fundingSource) {

    /** Adds one program with {@code seatsHeld} seats held and {@code completed} participants completed. */
    public BudgetFigures plus(Program program, int seatsHeld, int completed) {
        Budget b = program.design().budget();
        return new BudgetFigures(agencyCode, year, programs + 1, planned + b.costFor(program.capacity()),
                committed + (seatsHeld == 0 ? 0 : b.costFor(seatsHeld)),
                realised + (completed == 0 ? 0 : b.costFor(completed)), fundingSource);
    }

    public static BudgetFigures none(String agencyCode, int year) {
        return none(agencyCode, year, null);
    }

    public static BudgetFigures none(String agencyCode, int year, FundingSource fundingSource) {
        return new BudgetFigures(agencyCode, year, 0, 0, 0, 0, fundingSource);
    }
}
