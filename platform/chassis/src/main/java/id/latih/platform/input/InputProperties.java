package id.latih.platform.input;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry, the same in every service ({@code latih.web.*}; defaults in
 * {@code latih-chassis-defaults.properties}).
 *
 * @param maxBodySize   the largest request body; larger ones are refused with 413 before anything reads them
 * @param maxTextLength the longest string any JSON field may hold, a backstop behind each field's own {@code @Size}
 * @param minYear       the earliest year a date in a request may have
 * @param maxYear       the latest year a date in a request may have
 */
@ConfigurationProperties("latih.web")
public record InputProperties(DataSize maxBodySize, int maxTextLength, int minYear, int maxYear) {
}
