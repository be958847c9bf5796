package id.latih.gateway.dashboard;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard's login: the issuer the browser goes to (the same issuer whose tokens the gateway accepts), the public
 * client it logs in as, and the scopes it asks for.
 */
@ConfigurationProperties("latih.gateway.dashboard")
record DashboardProperties(URI issuerUri, String clientId, String scope) {

    /** The issuer's origin, the only place besides the gateway itself the page may connect to. */
    String issuerOrigin() {
        return issuerUri.getScheme() + "://" + issuerUri.getAuthority();
    }

    /** The issuer without a trailing slash, as the page appends /.well-known/openid-configuration to it. */
    String issuer() {
        String text = issuerUri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
