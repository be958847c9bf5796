package id.latih.programs.domain;

/**
 * Who pays for a program: the regional budget (APBD), the national budget (APBN), a partner institution, or
 * another source (grants, the participants' own units). Budgets are reported per source as well as per agency.
 */
public enum FundingSource {
    APBD,
    APBN,
    PARTNER,
    OTHER
}
