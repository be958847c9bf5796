package id.latih.enrollments.application;

import id.latih.enrollments.domain.CheckInCodes;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret   signs the check-in codes (at least 32 characters); every instance of the service needs the same
 *                 one. The default serves development only: set {@code LATIH_CHECK_IN_SECRET} in any real deployment
 * @param rotation how long a code is shown before the next one (default 60 s); each is accepted for up to two periods
 */
@ConfigurationProperties("latih.enrollment.check-in")
public record CheckInProperties(String secret, Duration rotation) {

    public CheckInProperties {
        rotation = rotation == null ? Duration.ofSeconds(60) : rotation;
    }

    public CheckInCodes codes() {
        return new CheckInCodes(secret, rotation);
    }
}
