package id.latih.needs.domain;

import java.time.Instant;

/** One step of an agency's AKPK: what it became, who did it (the token's subject) and when. */
public record AkpkStep(AkpkStatus status, String by, Instant at) {
}
