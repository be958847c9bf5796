package id.latih.needs.application;

import id.latih.needs.domain.NeedStatus;

/**
 * What a needs list may be narrowed to; each part optional (null: any). {@code nip} narrows within what the caller
 * may read anyway: it never widens a supervisor's or employee's reach.
 */
public record NeedFilter(NeedStatus status, String competencyCode, Integer cycleYear, String nip) {

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
