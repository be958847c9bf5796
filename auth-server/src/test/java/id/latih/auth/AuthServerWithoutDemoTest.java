package id.latih.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ClientCredentials;
import id.latih.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Outside the embedded default (no demo profile) the issuer knows no demo client and hands out no demo token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthServerWithoutDemoTest {

    @LocalServerPort
    int port;

    @Test
    void without_the_demo_profile_no_demo_client_gets_a_token_but_the_issuer_serves_its_keys() {
        String base = "http://localhost:" + port;

        assertThat(ClientCredentials.request(base, "dinkes-bandung", "dinkes-bandung-secret")).contains("invalid_client");
        assertThat(ClientCredentials.request(base, "latih-operator", "latih-operator-secret")).contains("invalid_client");
        assertThat(new TestHttp(base).get("/oauth2/jwks", null).status()).isEqualTo(200);
        assertThat(new TestHttp(base).get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }
}
