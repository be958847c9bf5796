package id.latih.enrollments.application;

import id.latih.enrollments.domain.CheckInCodes;
import id.latih.enrollments.domain.Offering;
import id.latih.enrollments.domain.Session;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * The organiser's facilitator gets the code of a running session to show in the hall; it rotates, so the screen asks
 * again every period. Only the organising agency gets codes, and only while the session runs.
 */
@Service
public class IssueCheckInCode {

    /** The code of one session with the session's times. */
    public record SessionCode(String programId, Session session, CheckInCodes.Issued issued) {
    }

    private final Offerings offerings;
    private final CheckInCodes codes;
    private final Clock clock;

    public IssueCheckInCode(Offerings offerings, CheckInProperties properties, Clock clock) {
        this.offerings = offerings;
        this.codes = properties.codes();
        this.clock = clock;
    }

    public SessionCode issue(AgencyScope caller, String programId, String sessionId) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.PROGRAM_DESIGNER, Role.INTEGRATION);
        Offering offering = offerings.find(programId).orElseThrow(() -> new NotFoundException("Program", programId));
        caller.requireWriteTo(offering.agencyCode());
        Session session = offering.session(sessionId, clock.getZone())
                .orElseThrow(() -> new NotFoundException("Session", sessionId));
        if (!session.runsAt(clock.instant())) {
            throw new RuleViolationException("session-not-running", "Session " + sessionId + " runs from "
                    + session.startsAt() + " to " + session.endsAt() + "; codes are given only while it runs");
        }
        return new SessionCode(programId, session, codes.issue(programId, sessionId, clock.instant()));
    }
}
