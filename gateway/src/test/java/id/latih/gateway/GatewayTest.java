package id.latih.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.latih.testing.TestHttp;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"latih.gateway.rate-limit.requests-per-period=5", "latih.gateway.rate-limit.period=1m",
                "latih.gateway.request.max-body-size=1KB", "latih.gateway.request.max-path-length=512"})
class GatewayTest {

    private static final HttpServer SERVICE = echoService();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        String service = "http://127.0.0.1:" + SERVICE.getAddress().getPort();
        TestRoutes.allTo(registry, () -> service);
    }

    @AfterAll
    static void stop() {
        SERVICE.stop(0);
    }

    @Test
    void a_call_without_a_valid_token_is_refused_before_any_service() {
        Response none = gateway().get("/api/needs", null);
        Response expired = gateway().get("/api/needs", TestTokens.expiredToken("3273.DINKES", "AGENCY_ADMIN"));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.body().get("type").asString()).isEqualTo("https://latih.id/problems/unauthenticated");
        assertThat(expired.status()).isEqualTo(401);
    }

    @Test
    void an_id_token_or_a_token_for_another_audience_is_refused_before_any_service() {
        Response idToken = gateway().get("/api/needs", TestTokens.tokenForAudience("latih-web", "3273.DINKES",
                "AGENCY_ADMIN"));
        Response elsewhere = gateway().get("/api/needs", TestTokens.tokenForAudience("simpeg", "3273.DINKES",
                "AGENCY_ADMIN"));

        assertThat(idToken.status()).isEqualTo(401);
        assertThat(idToken.body().get("type").asString()).isEqualTo("https://latih.id/problems/unauthenticated");
        assertThat(elsewhere.status()).isEqualTo(401);
    }

    @Test
    void only_the_verification_of_a_certificate_number_reaches_the_service_without_a_token() {
        String number = "/api/certificates/LTH-2026-000000000000P";
        Response verification = gateway().get(number + "/verification", null);

        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body().get("path").asString()).isEqualTo(number + "/verification");
        assertThat(gateway().get(number, null).status()).isEqualTo(401);
        assertThat(gateway().post(number + "/verification", null, "{}").status()).isEqualTo(401);
    }

    @Test
    void metrics_need_an_operator_token_while_health_probes_stay_open() {
        assertThat(gateway().get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(gateway().get("/actuator/prometheus", TestTokens.token("3273.DINKES", "AGENCY_ADMIN")).status())
                .isEqualTo(403);
        assertThat(gateway().get("/actuator/info", null).status()).isEqualTo(401);
        assertThat(gateway().get("/actuator/prometheus", TestTokens.token("32.BPSDM", "PLATFORM_OPERATOR"))
                .status()).isEqualTo(200);
        assertThat(gateway().get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    void an_authenticated_call_reaches_the_owning_service_with_its_token() {
        String token = TestTokens.token("3273.DISDIK", "AGENCY_ADMIN");

        Response routed = gateway().get("/api/enrollments/E-1", token);

        assertThat(routed.status()).isEqualTo(200);
        assertThat(routed.body().get("path").asString()).isEqualTo("/api/enrollments/E-1");
        assertThat(routed.body().get("authorization").asString()).isEqualTo("Bearer " + token);
    }

    @Test
    void each_agency_has_its_own_rate_limit() {
        String busy = TestTokens.token("3273.BAPPEDA", "INTEGRATION");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(gateway().get("/api/needs", busy).status());
        }

        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses.subList(5, 7)).containsOnly(429);
        Response limited = gateway().get("/api/needs", busy);
        assertThat(limited.body().get("type").asString()).isEqualTo("https://latih.id/problems/rate-limited");
        assertThat(gateway().get("/api/needs", TestTokens.token("3273.DISHUB", "INTEGRATION")).status()).isEqualTo(200);
    }

    @Test
    void a_body_over_the_limit_is_refused_with_a_413_problem_whether_its_length_is_declared_or_not() throws Exception {
        String token = TestTokens.token("3273.DISPERKIM", "AGENCY_ADMIN");
        String large = "{\"name\":\"" + "x".repeat(2000) + "\"}";

        Response declared = gateway().post("/api/employees", token, large);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/employees"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).startsWith("application/problem+json");
        assertThat(declared.body().get("type").asString()).isEqualTo("https://latih.id/problems/too-large");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(gateway().post("/api/employees", token, "{\"name\":\"small\"}").status()).isEqualTo(200);
    }

    @Test
    void odd_paths_are_refused_with_a_problem_before_any_service() {
        String token = TestTokens.token("3273.DISPORA", "AGENCY_ADMIN");

        for (String odd : List.of("/api/needs/a%2Fb", "/api/needs/..%2Femployees", "/api/needs/x;v=1",
                "/api/needs/../employees")) {
            Response refused = gateway().get(odd, token);
            assertThat(refused.status()).as(odd).isEqualTo(400);
            assertThat(refused.contentType()).as(odd).startsWith("application/problem+json");
            assertThat(refused.body().get("type").asString()).as(odd)
                    .isEqualTo("https://latih.id/problems/rejected-request");
        }
    }

    @Test
    void an_over_long_path_gets_a_414_problem_even_past_nettys_default_line_limit() {
        String token = TestTokens.token("3273.DISPORA", "AGENCY_ADMIN");

        for (int length : List.of(600, 8000)) {
            Response refused = gateway().get("/api/needs/" + "n".repeat(length), token);
            assertThat(refused.status()).as("%d characters", length).isEqualTo(414);
            assertThat(refused.body().get("type").asString()).isEqualTo("https://latih.id/problems/uri-too-long");
            assertThat(refused.raw()).as("the problem does not echo the whole path").hasSizeLessThan(600);
        }
    }

    @Test
    void a_path_no_service_answers_gets_a_404_problem() {
        Response unknown = gateway().get("/api/nothing-here", TestTokens.token("3273.DISPORA", "AGENCY_ADMIN"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("type").asString()).isEqualTo("https://latih.id/problems/not-found");
    }

    private TestHttp gateway() {
        return new TestHttp("http://localhost:" + port);
    }

    private static HttpServer echoService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                byte[] body = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\",\"authorization\":\""
                        + auth + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
