package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.IssueCheckInCode.SessionCode;
import java.time.Instant;

/** A session's check-in code as the facilitator's screen shows it (text, or a QR code of {@code code}). */
record CheckInCodeView(String programId, String sessionId, Instant sessionStartsAt, Instant sessionEndsAt,
                       String code, Instant issuedAt, Instant acceptedUntil) {

    static CheckInCodeView of(SessionCode c) {
        return new CheckInCodeView(c.programId(), c.session().sessionId(), c.session().startsAt(),
                c.session().endsAt(), c.issued().code(), c.issued().issuedAt(), c.issued().acceptedUntil());
    }
}
