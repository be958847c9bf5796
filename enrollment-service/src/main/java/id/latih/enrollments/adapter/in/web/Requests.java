package id.latih.enrollments.adapter.in.web;

import id.latih.platform.input.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

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

    record RecordAttendance(@NotNull LocalDate sessionDate, @NotNull Boolean present) {
    }
}
