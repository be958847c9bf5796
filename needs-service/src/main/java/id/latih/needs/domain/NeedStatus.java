package id.latih.needs.domain;

/**
 * Where a need stands: proposed by an agency's AKPK analysis and not approved yet; found; being met by a completed
 * training; resolved, once the level was seen on the job at the required level; dropped; or withdrawn, when a later
 * analysis no longer supports it.
 */
public enum NeedStatus {
    PROPOSED,
    IDENTIFIED,
    ADDRESSED,
    RESOLVED,
    DROPPED,
    WITHDRAWN;

    /** Whether the need still waits for the required level to be seen. */
    public boolean isOpen() {
        return this == IDENTIFIED || this == ADDRESSED;
    }
}
