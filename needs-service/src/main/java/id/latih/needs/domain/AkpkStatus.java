package id.latih.needs.domain;

/**
 * Where an agency's AKPK of a year stands: evidence being collected; analysed (the authorised official ran the
 * analysis and may run it again); verified by the authorised official; approved by the head of agency, which
 * publishes its needs.
 */
public enum AkpkStatus {
    COLLECTING,
    ANALYSED,
    VERIFIED,
    APPROVED
}
