package id.latih.auth;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts Latih's claims (agency, region, province, roles, nip) into every access token and ID token, and Latih's
 * audience into every access token, whatever the grant. The services accept only that audience, so a person's ID
 * token (whose audience stays the login client, {@code latih-web}) cannot be used as an access token.
 */
@Component
class LatihClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final CallerDirectory directory;
    private final String audience;

    LatihClaims(CallerDirectory directory, @Value("${latih.security.audience:latih}") String audience) {
        this.directory = directory;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (accessToken) {
            context.getClaims().audience(List.of(audience));
        }
        if (!accessToken && !"id_token".equals(context.getTokenType().getValue())) {
            return;
        }
        CallerDirectory.Identity identity = identityOf(context);
        if (identity == null) {
            return;
        }
        context.getClaims().claim("agency", identity.agency()).claim("region", identity.region())
                .claim("province", identity.province()).claim("roles", identity.roles());
        if (identity.nip() != null) {
            context.getClaims().claim("nip", identity.nip());
        }
    }

    private CallerDirectory.Identity identityOf(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return directory.clients().get(context.getRegisteredClient().getClientId());
        }
        CallerDirectory.Person person = directory.users().get(context.getPrincipal().getName());
        return person == null ? null : person.identity();
    }
}
