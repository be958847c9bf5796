package id.latih.needs.domain;

/** Where a need stands: found, met by a completed training, or dropped. */
public enum NeedStatus {
    IDENTIFIED,
    ADDRESSED,
    DROPPED
}
