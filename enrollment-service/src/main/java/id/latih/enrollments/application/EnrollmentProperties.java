package id.latih.enrollments.application;

import id.latih.enrollments.domain.JpDuty;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param minAttendanceRatio the share of scheduled sessions a participant must attend to complete (default 0.8);
 *                           organisers set their own
 * @param jpTargets          the minimum JP a year by employment type (default PNS 20, PP 11/2017 Pasal 203(4))
 * @param jpCaps             the maximum JP a year that counts, by employment type (default PPPK 24)
 */
@ConfigurationProperties("latih.enrollment")
public record EnrollmentProperties(Double minAttendanceRatio, Map<String, Integer> jpTargets,
                                   Map<String, Integer> jpCaps) {

    public EnrollmentProperties {
        minAttendanceRatio = minAttendanceRatio == null ? 0.8 : minAttendanceRatio;
        jpTargets = jpTargets == null ? Map.of("PNS", 20) : Map.copyOf(jpTargets);
        jpCaps = jpCaps == null ? Map.of("PPPK", 24) : Map.copyOf(jpCaps);
    }

    public JpDuty jpDuty() {
        return new JpDuty(jpTargets, jpCaps);
    }
}
