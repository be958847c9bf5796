package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.domain.SelfReportedLearning;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.input.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the enrollment API. Shape and size are checked here (text rules, strict JSON and date range by
 * the chassis); seats, attendance and completion rules in the domain.
 */
final class Requests {

    private Requests() {
    }

    record Enroll(@NotBlank @Size(max = TextLimits.ID) String programId,
                  @NotBlank @Size(max = TextLimits.NIP) String nip) {
    }

    /** Up to {@value TextLimits#NEEDS_PER_PROGRAM} NIPs for one program, e.g. all staff a need lists. */
    record Nominate(@NotBlank @Size(max = TextLimits.ID) String programId,
                    @NotEmpty @Size(max = TextLimits.NEEDS_PER_PROGRAM)
                    List<@NotBlank @Size(max = TextLimits.NIP) String> nips) {
    }

    /** Why the enrollment is withdrawn, told to the organiser and in the EnrollmentCancelled event. */
    record Withdraw(@NotBlank @Size(max = TextLimits.TITLE) String reason) {
    }

    /** Why the supervisor rejects the request, told to the employee in the EnrollmentCancelled event. */
    record Reject(@NotBlank @Size(max = TextLimits.TITLE) String reason) {
    }

    /**
     * Checks an {@code Idempotency-Key} header: at most {@value TextLimits#ID} visible ASCII characters (a UUID fits).
     * Returns null when there is none.
     */
    static String idempotencyKey(String header) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > TextLimits.ID || !header.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidValueException("Idempotency-Key", "must be 1 to " + TextLimits.ID
                    + " visible ASCII characters, such as a UUID");
        }
        return header;
    }

    /** A NIP in a path: at most {@value TextLimits#NIP} characters. */
    static String nip(String nip) {
        if (nip.length() > TextLimits.NIP) {
            throw new InvalidValueException("nip", "has at most " + TextLimits.NIP + " characters");
        }
        return nip;
    }

    /** An agency code in a query: at most {@value TextLimits#CODE} characters; null when absent. */
    static String agency(String agency) {
        if (agency != null && (agency.isBlank() || agency.length() > TextLimits.CODE)) {
            throw new InvalidValueException("agency", "is an agency code of 1 to " + TextLimits.CODE + " characters");
        }
        return agency;
    }

    /** A check-in code as the facilitator shows it; a real one is about 150 characters. */
    record CheckIn(@NotBlank @Size(max = CHECK_IN_CODE) String code) {
    }

    static final int CHECK_IN_CODE = 512;

    /** An id in a path: at most {@value TextLimits#ID} characters. */
    static String id(String field, String id) {
        if (id.isBlank() || id.length() > TextLimits.ID) {
            throw new InvalidValueException(field, "has 1 to " + TextLimits.ID + " characters");
        }
        return id;
    }

    /** Learning done outside Latih; the evidence is an address or a certificate number (at least one). */
    record ReportLearning(@NotNull SelfReportedLearning.Kind kind,
                          @NotBlank @Size(max = TextLimits.TITLE) String title,
                          @NotBlank @Size(max = TextLimits.TITLE) String provider,
                          @NotNull LocalDate completedOn,
                          @NotNull Integer jp,
                          @Size(max = EVIDENCE_URL) String evidenceUrl,
                          @Size(max = TextLimits.TITLE) String evidenceNumber) {
    }

    static final int EVIDENCE_URL = 500;

    record RecordAttendance(@NotNull LocalDate sessionDate, @NotNull Boolean present) {
    }
}
