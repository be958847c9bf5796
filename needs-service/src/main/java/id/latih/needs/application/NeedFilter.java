package id.latih.needs.application;

import id.latih.needs.domain.NeedStatus;

/** What a needs list may be narrowed to; each part optional (null: any). */
public record NeedFilter(NeedStatus status, String competencyCode, Integer cycleYear) {

    /** The orders a needs list offers. */
    public enum NeedOrder {
        /** Newest cycle first, then by competency: this year's needs at the top. */
        NEWEST_CYCLE_FIRST,
        /** By competency, newest cycle first within: who needs the same training. */
        BY_COMPETENCY,
        /** By employee, then competency. */
        BY_EMPLOYEE
    }
}
