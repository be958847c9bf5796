package id.latih.auth;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/** Puts Latih's claims (agency, region, province, roles, nip) into every access token and ID token. */
@Component
class LatihClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final DemoDirectory directory;

    LatihClaims(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        DemoDirectory.Identity identity = identityOf(context);
        if (identity == null) {
            return;
        }
        context.getClaims().claim("agency", identity.agency()).claim("region", identity.region())
                .claim("province", identity.province()).claim("roles", identity.roles());
        if (identity.nip() != null) {
            context.getClaims().claim("nip", identity.nip());
        }
    }

    private DemoDirectory.Identity identityOf(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                && !"id_token".equals(context.getTokenType().getValue())) {
            return null;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return directory.clients().get(context.getRegisteredClient().getClientId());
        }
        DemoDirectory.Person person = directory.users().get(context.getPrincipal().getName());
        return person == null ? null : person.identity();
    }
}
