package id.latih.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Headers the gateway puts on every response, its own and the services' alike (a header the service already set is
 * kept).
 *
 * @param contentSecurityPolicy   for API answers (JSON): nothing may load, nothing may frame them
 * @param uiContentSecurityPolicy for the gateway's pages (Swagger UI): scripts and styles from the gateway only;
 *                                Swagger UI sets inline styles and uses data: images
 * @param uiPaths                 path prefixes served as pages, which get the UI policy
 * @param referrerPolicy          what a browser may tell other sites about where the user came from
 * @param hstsMaxAge              how long browsers must use HTTPS only (Strict-Transport-Security)
 * @param hstsBehindTls           send HSTS on every response because a TLS proxy in front terminates HTTPS; without
 *                                it, HSTS is sent only when the gateway itself served the request over TLS
 */
@ConfigurationProperties("latih.gateway.headers")
public record SecurityHeaders(String contentSecurityPolicy, String uiContentSecurityPolicy, List<String> uiPaths,
                              String referrerPolicy, Duration hstsMaxAge, Boolean hstsBehindTls) {

    public SecurityHeaders {
        contentSecurityPolicy = contentSecurityPolicy == null ? "default-src 'none'; frame-ancestors 'none'"
                : contentSecurityPolicy;
        uiContentSecurityPolicy = uiContentSecurityPolicy == null ? "default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
                + "base-uri 'self'; form-action 'self'" : uiContentSecurityPolicy;
        uiPaths = uiPaths == null ? List.of("/swagger-ui", "/webjars/") : uiPaths;
        referrerPolicy = referrerPolicy == null ? "no-referrer" : referrerPolicy;
        hstsMaxAge = hstsMaxAge == null ? Duration.ofDays(365) : hstsMaxAge;
        hstsBehindTls = hstsBehindTls != null && hstsBehindTls;
    }
}
