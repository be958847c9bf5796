package id.latih.needs.domain;

/**
 * Where a need stands: found; being met by a completed training; resolved, once the level was seen on the job at
 * the required level; or dropped.
 */
public enum NeedStatus {
    IDENTIFIED,
    ADDRESSED,
    RESOLVED,
    DROPPED;

    /** Whether the need still waits for the required level to be seen. */
    public boolean isOpen() {
        return this == IDENTIFIED || this == ADDRESSED;
    }
}
