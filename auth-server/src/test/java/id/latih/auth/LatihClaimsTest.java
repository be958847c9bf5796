package id.latih.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

/** A person's tokens from the authorization-code flow: the access token is for Latih, the ID token is not. */
class LatihClaimsTest {

    private static final RegisteredClient WEB = RegisteredClient.withId("web").clientId("latih-web")
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://localhost:8080/login/oauth2/code/latih").scope("openid").build();
    private final LatihClaims claims = new LatihClaims(new CallerDirectory(Map.of(), Map.of("siti",
            new CallerDirectory.Person("{noop}demo", "3273.DINKES", "3273", "32", List.of("EMPLOYEE"),
                    "198503152010012001"))), "latih");

    @Test
    void a_persons_access_token_is_for_latih_and_carries_their_nip() {
        JwtClaimsSet token = issue(OAuth2TokenType.ACCESS_TOKEN);

        assertThat(token.getAudience()).containsExactly("latih");
        assertThat(token.getClaimAsString("nip")).isEqualTo("198503152010012001");
        assertThat(token.getClaimAsString("agency")).isEqualTo("3273.DINKES");
    }

    @Test
    void a_persons_id_token_keeps_the_login_client_as_its_audience() {
        JwtClaimsSet token = issue(new OAuth2TokenType("id_token"));

        assertThat(token.getAudience()).containsExactly("latih-web");
        assertThat(token.getClaimAsString("nip")).isEqualTo("198503152010012001");
    }

    private JwtClaimsSet issue(OAuth2TokenType type) {
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder().subject("siti").audience(List.of("latih-web"));
        claims.customize(JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), builder)
                .registeredClient(WEB)
                .principal(new UsernamePasswordAuthenticationToken("siti", null, List.of()))
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .tokenType(type)
                .build());
        return builder.build();
    }
}
