package id.latih.programs.domain;

import id.latih.events.SeatQuota;

/** Seats of a shared program reserved for one agency. */
public record Quota(String agencyCode, int seats) {

    SeatQuota toEvent() {
        return new SeatQuota(agencyCode, seats);
    }
}
