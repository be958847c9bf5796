package id.latih.gateway.observability;

import id.latih.gateway.TestRoutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import id.latih.testing.TestHttp;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One trace from the caller through the gateway into the service; its id in the gateway's problems; metrics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "latih.gateway.metrics.max-agencies=3")
class GatewayObservabilityTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";
    private static final HttpServer SERVICE = traceEchoService();

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

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
    void the_service_continues_the_trace_the_caller_started() {
        Response routed = gateway().withHeader("traceparent", CALLER_TRACEPARENT)
                .get("/api/needs", TestTokens.token("3273.DINKES", "AGENCY_ADMIN"));

        assertThat(routed.status()).isEqualTo(200);
        String received = routed.body().get("traceparent").asString();
        assertThat(received).startsWith("00-" + TRACE_ID + "-");
        // The gateway's own span sits between the caller's and the service's.
        assertThat(received).doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void the_gateway_starts_a_trace_for_a_caller_that_brings_none() {
        Response routed = gateway().get("/api/needs", TestTokens.token("3273.DINKES", "AGENCY_ADMIN"));

        assertThat(routed.body().get("traceparent").asString()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void a_refusal_of_the_gateway_names_the_trace_id_as_its_correlation_id() {
        Response refused = gateway().withHeader("traceparent", CALLER_TRACEPARENT).get("/api/needs", null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("correlationId").asString()).isEqualTo(TRACE_ID);
    }

    @Test
    void requests_are_counted_per_route_and_per_agency_of_the_token() {
        gateway().get("/api/programs", TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER"));
        gateway().get("/api/programs", TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER"));
        gateway().get("/api/certificates/LTH-2026-000000000000P/verification", null);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(requests("programs", "3273.BKPSDM")).isNotNull()
                    .satisfies(timer -> assertThat(timer.count()).isEqualTo(2));
            assertThat(requests("certificates", AgencyTags.ANONYMOUS)).isNotNull();
        });
    }

    @Test
    void a_token_whose_agency_is_not_an_agency_code_is_counted_as_unknown() {
        gateway().get("/api/evaluations", TestTokens.tokenWithClaims(Map.of("agency", "3273.DINKES<script>",
                "region", "3273", "province", "32", "roles", List.of("AGENCY_ADMIN"))));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(requests("evaluations", AgencyTags.UNKNOWN)).isNotNull());
    }

    private Timer requests(String route, String agency) {
        return meters.find("spring.cloud.gateway.requests").tag("routeId", route).tag(AgencyTags.TAG, agency).timer();
    }

    private TestHttp gateway() {
        return new TestHttp("http://localhost:" + port);
    }

    /** A service that answers with the trace context it received. */
    private static HttpServer traceEchoService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = ("{\"traceparent\":\"" + exchange.getRequestHeaders().getFirst("traceparent") + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
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
