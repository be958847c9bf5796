package id.latih.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which browser pages on other origins may call the API: only the configured dashboards. Empty (the default) means
 * none; every cross-origin request is then refused with a 403 problem.
 *
 * @param allowedOrigins  exact origins, e.g. {@code https://dasbor.jabarprov.go.id}
 * @param allowedMethods  methods a dashboard may use
 * @param allowedHeaders  request headers a dashboard may send
 * @param exposedHeaders  response headers a dashboard may read
 * @param maxAge          how long a browser may keep a preflight answer
 */
@ConfigurationProperties("latih.gateway.cors")
public record CorsSettings(List<String> allowedOrigins, List<String> allowedMethods, List<String> allowedHeaders,
                           List<String> exposedHeaders, Duration maxAge) {

    public CorsSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins;
        allowedMethods = allowedMethods == null ? List.of("GET", "POST", "PUT", "DELETE") : allowedMethods;
        allowedHeaders = allowedHeaders == null
                ? List.of("Authorization", "Content-Type", "Accept", "Accept-Language", "Last-Event-ID")
                : allowedHeaders;
        exposedHeaders = exposedHeaders == null ? List.of("Location", "Retry-After", "X-Total-Count")
                : exposedHeaders;
        maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
    }
}
