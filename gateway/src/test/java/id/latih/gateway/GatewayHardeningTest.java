package id.latih.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Security headers on every response, and CORS for the configured dashboard only, behind a TLS proxy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "latih.gateway.cors.allowed-origins=https://dasbor.jabarprov.go.id",
        "latih.gateway.headers.hsts-behind-tls=true"})
class GatewayHardeningTest {

    private static final StubService SERVICE = StubService.start(Map.of());
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String DASHBOARD = "https://dasbor.jabarprov.go.id";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        TestRoutes.allTo(registry, SERVICE::url);
    }

    @AfterAll
    static void stop() {
        SERVICE.stop();
    }

    @Test
    void every_response_carries_the_security_headers_whoever_produced_it() throws Exception {
        String token = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");
        List<HttpResponse<String>> answers = List.of(
                send(get("/api/needs", token)),                    // a service's answer
                send(get("/api/needs", null)),                     // the gateway's 401
                send(get("/api/nothing-here", token)),             // the gateway's 404
                send(get("/actuator/health/liveness", null)));     // the gateway's own endpoint

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 401, 404, 200);
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .hasValue("default-src 'none'; frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).startsWith("max-age=31536000"));
            assertThat(answer.headers().allValues("X-Content-Type-Options")).hasSize(1);
        }
    }

    @Test
    void the_configured_dashboard_may_call_from_its_origin_and_its_preflight_needs_no_token() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/needs?probe=" + marker))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
        HttpResponse<String> call = send(get("/api/needs", TestTokens.token("32.BPSDM", "PROVINCE_ANALYST"))
                .header("Origin", DASHBOARD));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                allowed -> assertThat(allowed.toLowerCase()).contains("authorization"));
        assertThat(SERVICE.reached(marker)).as("a preflight is answered by the gateway").isFalse();
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);
        assertThat(call.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void any_other_origin_is_refused_with_a_problem_before_any_service() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/needs?probe=" + marker))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET"));
        HttpResponse<String> call = send(get("/api/needs?probe=" + marker,
                TestTokens.token("3273.DINKES", "AGENCY_ADMIN")).header("Origin", "https://evil.example"));

        for (HttpResponse<String> refused : List.of(preflight, call)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("https://latih.id/problems/cors-refused");
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        assertThat(SERVICE.reached(marker)).isFalse();
    }

    private HttpRequest.Builder get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
