package id.latih.needs.domain;

/** PNS: permanent civil servant. PPPK: civil servant on a work agreement. */
public enum EmploymentType {
    PNS,
    PPPK
}
