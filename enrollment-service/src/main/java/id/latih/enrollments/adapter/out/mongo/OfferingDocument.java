package id.latih.enrollments.adapter.out.mongo;

import id.latih.enrollments.domain.Delivery;
import id.latih.enrollments.domain.Eligibility;
import id.latih.enrollments.domain.Offering;
import id.latih.enrollments.domain.OfferingStatus;
import id.latih.enrollments.domain.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The offering replica. {@code route}, {@code method} and {@code location} (the first session's place, or "daring"
 * when it meets online) only feed the SIASN export. Its one field of this service's own, {@code arrivals}, numbers
 * the requests that join the waitlist ({@link MongoOfferings#nextArrival}); seats are held by the enrollments themselves.
 */
@Document(OfferingDocument.COLLECTION)
record OfferingDocument(@Id String id, String agencyCode, String regionCode, String title, String competencyCode,
                        int jp, int capacity, LocalDate startDate, LocalDate endDate, OfferingStatus status,
                        List<Quota> seatQuotas, List<LocalDate> sessionDates, Instant lastSessionEnd,
                        Integer minimumAttendancePercent, List<String> eligibleJobTypes, List<String> eligibleAgencies,
                        List<String> prerequisiteProgramIds, Boolean supervisorApprovalRequired,
                        List<SessionTimes> sessions, String route, String method, String location,
                        List<String> eligiblePositions) {

    /** When one session runs, for check-in codes. */
    record SessionTimes(String sessionId, Instant startsAt, Instant endsAt) {
    }

    /** Seats reserved for one agency; a list, since agency codes hold dots that a document's keys may not. */
    record Quota(String agencyCode, int seats) {
    }

    static final String COLLECTION = "offerings";

    Offering toOffering() {
        return new Offering(id, agencyCode, title, competencyCode, jp, capacity, startDate, endDate, status,
                seatQuotas == null ? Map.of() : seatQuotas.stream().collect(Collectors.toMap(Quota::agencyCode,
                        Quota::seats, Integer::sum)),
                new Delivery(sessionDates, lastSessionEnd,
                        minimumAttendancePercent == null ? 0 : minimumAttendancePercent,
                        sessions == null ? List.of() : sessions.stream()
                                .map(t -> new Session(t.sessionId(), t.startsAt(), t.endsAt())).toList()),
                new Eligibility(eligibleJobTypes, eligibleAgencies, prerequisiteProgramIds,
                        Boolean.TRUE.equals(supervisorApprovalRequired), eligiblePositions));
    }
}
