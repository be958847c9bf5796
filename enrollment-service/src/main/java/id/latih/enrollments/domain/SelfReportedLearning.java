package id.latih.enrollments.domain;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Learning an employee did outside Latih's programs (a seminar, e-learning elsewhere), reported by themselves with its
 * evidence. It counts in the JP ledger only once their direct supervisor approved it.
 *
 * @param evidenceUrl    where the certificate or proof can be seen; this or {@code evidenceNumber} is required
 * @param evidenceNumber the certificate's or letter's number
 */
public record SelfReportedLearning(String id, String nip, String agencyCode, Kind kind, String title, String provider,
                                   LocalDate completedOn, int jp, String evidenceUrl, String evidenceNumber,
                                   Status status, String decisionReason) {

    public enum Kind {
        SEMINAR,
        E_LEARNING,
        WORKSHOP,
        COURSE,
        OTHER
    }

    public enum Status {
        PENDING_APPROVAL,
        APPROVED,
        REJECTED
    }

    /** More JP than one report can honestly carry: a full-time month of learning. */
    public static final int MAX_JP = 200;

    /** A new report, checked: evidence given, JP from 1 to {@value #MAX_JP}, completed by today. */
    public static SelfReportedLearning report(String nip, String agencyCode, Kind kind, String title, String provider,
                                              LocalDate completedOn, int jp, String evidenceUrl,
                                              String evidenceNumber, LocalDate today) {
        if (jp < 1 || jp > MAX_JP) {
            throw new InvalidValueException("jp", "is from 1 to " + MAX_JP);
        }
        if (completedOn.isAfter(today)) {
            throw new InvalidValueException("completedOn", "is a day up to today");
        }
        if (blank(evidenceUrl) && blank(evidenceNumber)) {
            throw new InvalidValueException("evidenceUrl", "or evidenceNumber is required: the proof of the learning");
        }
        if (!blank(evidenceUrl) && !evidenceUrl.startsWith("https://") && !evidenceUrl.startsWith("http://")) {
            throw new InvalidValueException("evidenceUrl", "is an http(s) address");
        }
        return new SelfReportedLearning("L-" + UUID.randomUUID(), nip, agencyCode, kind, title, provider, completedOn,
                jp, blank(evidenceUrl) ? null : evidenceUrl, blank(evidenceNumber) ? null : evidenceNumber,
                Status.PENDING_APPROVAL, null);
    }

    public SelfReportedLearning approve() {
        requirePending();
        return new SelfReportedLearning(id, nip, agencyCode, kind, title, provider, completedOn, jp, evidenceUrl,
                evidenceNumber, Status.APPROVED, null);
    }

    public SelfReportedLearning reject(String reason) {
        requirePending();
        return new SelfReportedLearning(id, nip, agencyCode, kind, title, provider, completedOn, jp, evidenceUrl,
                evidenceNumber, Status.REJECTED, reason);
    }

    /** The ledger entry of an approved report. */
    public JpLedger.Entry entry() {
        return JpLedger.Entry.selfReported(id, title, completedOn, jp);
    }

    private void requirePending() {
        if (status != Status.PENDING_APPROVAL) {
            throw new RuleViolationException("not-pending", "Report " + id + " is " + status
                    + ", not waiting for approval");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
