package id.latih.programs.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults of program design (application.yml {@code latih.programs}); a designer's own values win.
 *
 * @param minutesPerJp              minutes in one JP: 45 (Perlan 5/2018, a secondary source)
 * @param minimumAttendancePercent  attendance needed to complete when the design does not say
 * @param kirkpatrickLevels         levels evaluated when the design does not say
 * @param behaviourFollowUpDays     days after the end when behaviour is checked when the design does not say
 * @param timeZone                  the agencies' time zone: session times fall on the program's dates in it
 * @param poolingClassSize          the largest class a pooling proposal sizes (seats per shared program)
 * @param budgetOverCeiling         a publication over the agency's budget ceiling: refused, or allowed to the
 *                                  agency admin
 * @param bookingHoldMinutes        how long a facilitator's or room's hold taken by a publication that was never
 *                                  stored (the service stopped in between) keeps blocking others
 */
@ConfigurationProperties("latih.programs")
public record ProgramSettings(Integer minutesPerJp, Integer minimumAttendancePercent,
                              List<Integer> kirkpatrickLevels, Integer behaviourFollowUpDays, ZoneId timeZone,
                              Integer poolingClassSize, OverCeiling budgetOverCeiling,
                              Integer bookingHoldMinutes) {

    /**
     * The earliest start date a program may have now: today in the agencies' time zone, or in UTC when that is
     * still the day before. Integrations and clients that date in UTC are not refused "today" for the hours the
     * two calendars differ; a start date in the past everywhere is still refused.
     */
    public LocalDate earliestStart(Clock clock) {
        LocalDate local = LocalDate.now(clock.withZone(timeZone));
        LocalDate utc = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return local.isBefore(utc) ? local : utc;
    }

    public enum OverCeiling {
        REFUSE,
        ADMIN_APPROVES
    }

    public ProgramSettings {
        minutesPerJp = minutesPerJp == null ? 45 : minutesPerJp;
        minimumAttendancePercent = minimumAttendancePercent == null ? 80 : minimumAttendancePercent;
        kirkpatrickLevels = kirkpatrickLevels == null ? List.of(1, 2) : List.copyOf(kirkpatrickLevels);
        behaviourFollowUpDays = behaviourFollowUpDays == null ? 90 : behaviourFollowUpDays;
        timeZone = timeZone == null ? ZoneId.of("Asia/Jakarta") : timeZone;
        poolingClassSize = poolingClassSize == null ? 30 : poolingClassSize;
        budgetOverCeiling = budgetOverCeiling == null ? OverCeiling.ADMIN_APPROVES : budgetOverCeiling;
        bookingHoldMinutes = bookingHoldMinutes == null ? 5 : bookingHoldMinutes;
    }

    public Duration bookingHold() {
        return Duration.ofMinutes(bookingHoldMinutes);
    }
}
