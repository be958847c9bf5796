package id.latih.needs.application;

import id.latih.needs.domain.NeedStatus;

/** What an AKPK needs list may be narrowed to (null: any) and its order. */
public record AgencyNeedFilter(int cycleYear, NeedStatus status, String competencyCode, String agencyCode,
                               Order order) {

    public enum Order {
        /** Highest priority first: what to plan first. */
        PRIORITY,
        /** Most staff affected first. */
        STAFF,
        /** By competency, then agency. */
        COMPETENCY
    }
}
