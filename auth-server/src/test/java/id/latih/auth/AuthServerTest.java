package id.latih.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import id.latih.testing.ClientCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AuthServerTest {

    @LocalServerPort
    int port;

    @Autowired
    CallerDirectory directory;

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

    @Test
    void demo_people_whose_names_hold_a_dot_are_known_by_their_whole_name() {
        assertThat(directory.users()).containsKeys("admin.dinkes", "analis.jabar", "siti").doesNotContainKey("admin");
        assertThat(directory.users().get("admin.dinkes").agency()).isEqualTo("3273.DINKES");
        assertThat(directory.users().get("admin.dinkes").roles()).containsExactly("AGENCY_ADMIN");
    }

    @Test
    void the_dashboards_origin_may_read_the_discovery_document_from_a_page_and_another_origin_may_not() throws Exception {
        assertThat(discoveryAllowedOrigin("http://localhost:8080")).contains("http://localhost:8080");
        assertThat(discoveryAllowedOrigin("https://elsewhere.example")).isEmpty();
    }

    private Optional<String> discoveryAllowedOrigin(String origin) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/.well-known/openid-configuration"))
                .header("Origin", origin).build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("Access-Control-Allow-Origin");
    }

    private String token(String client, String secret) {
        return ClientCredentials.request("http://localhost:" + port, client, secret);
    }
}
