package id.latih.enrollments.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param minAttendanceRatio the share of recorded sessions a participant must attend to complete (default 0.8);
 *                           organisers set their own
 */
@ConfigurationProperties("latih.enrollment")
public record EnrollmentProperties(Double minAttendanceRatio) {

    public EnrollmentProperties {
        minAttendanceRatio = minAttendanceRatio == null ? 0.8 : minAttendanceRatio;
    }
}
