package id.latih.enrollments.domain;

import java.time.LocalDate;

/** Whether the participant was present at the session held on a date. */
public record Attendance(LocalDate sessionDate, boolean present) {
}
