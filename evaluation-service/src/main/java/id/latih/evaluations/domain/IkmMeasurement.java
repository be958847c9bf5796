package id.latih.evaluations.domain;

import java.time.Instant;

/** A unit's community-satisfaction index (IKM) as needs-service measured it, at the moment it was recorded. */
public record IkmMeasurement(String agencyCode, String serviceUnit, String period, double ikm, Instant measuredAt) {
}
