package id.latih.needs.domain;

import id.latih.events.LatihEvent;

/**
 * What an agency need becomes when one of its affected employees leaves the agency (an approved transfer): nothing,
 * when they are not among its staff or the need is closed; otherwise the need without them and, if the need was
 * announced, the event that tells its readers (NeedIdentified with the remaining staff, or NeedStatusChanged to
 * WITHDRAWN when no one is left).
 */
public sealed interface StaffRelease {

    record Unaffected() implements StaffRelease {
    }

    /** The need without the employee; {@code event} is null for a need not announced yet. */
    record Released(AgencyNeed need, LatihEvent event) implements StaffRelease {
    }
}
