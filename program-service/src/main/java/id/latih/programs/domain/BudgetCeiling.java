package id.latih.programs.domain;

/**
 * The most an agency plans to spend on training in a year, in rupiah, set by its head (the PPK approves the
 * development plan, PP 11/2017 Pasal 207). A program whose planned cost would take the year's planned total over it
 * is refused, or needs the agency admin, as configured.
 */
public record BudgetCeiling(String agencyCode, int year, long ceiling) {

    /** Whether planning {@code additional} more on top of {@code planned} stays within the ceiling. */
    public boolean allows(long planned, long additional) {
        return planned + additional <= ceiling;
    }
}
