package id.latih.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.latih.testing.TestHttp;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
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
        properties = {"latih.gateway.rate-limit.requests-per-period=5", "latih.gateway.rate-limit.period=1m"})
class GatewayTest {

    private static final HttpServer SERVICE = echoService();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        String service = "http://127.0.0.1:" + SERVICE.getAddress().getPort();
        registry.add("latih.security.issuer-uri", TestTokens::issuer);
        for (String name : List.of("needs", "programs", "enrollments", "evaluations")) {
            registry.add("latih.services." + name, () -> service);
        }
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
