package id.latih.events;

/** Seats of a shared program reserved for one agency; the quotas of a program never sum over its capacity. */
public record SeatQuota(
        String agencyCode,
        int seats) {
}
