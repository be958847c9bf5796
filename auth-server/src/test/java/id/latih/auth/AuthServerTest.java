package id.latih.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import id.latih.testing.ClientCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AuthServerTest {

    @LocalServerPort
    int port;

    @Test
    void an_agency_client_gets_a_token_for_latih_carrying_its_agency_region_and_roles() throws Exception {
        String body = token("dinkes-bandung", "dinkes-bandung-secret");

        String accessToken = JsonMapper.builder().build().readTree(body).get("access_token").asString();
        SignedJWT jwt = SignedJWT.parse(accessToken);
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("latih");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("agency")).isEqualTo("3273.DINKES");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("region")).isEqualTo("3273");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("province")).isEqualTo("32");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).contains("AGENCY_ADMIN", "INTEGRATION");
    }

    @Test
    void a_wrong_secret_gets_no_token() throws Exception {
        assertThat(token("dinkes-bandung", "guess")).contains("invalid_client");
    }

    private String token(String client, String secret) {
        return ClientCredentials.request("http://localhost:" + port, client, secret);
    }
}
