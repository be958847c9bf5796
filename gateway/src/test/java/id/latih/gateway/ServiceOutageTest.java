package id.latih.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every service is down (nothing listens where the routes point). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceOutageTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) throws IOException {
        String nobody = "http://127.0.0.1:" + freePort();
        TestRoutes.allTo(registry, () -> nobody);
    }

    @Test
    void a_service_that_is_down_answers_503_as_a_problem_naming_it() throws Exception {
        HttpResponse<String> answer = get("/api/evaluations");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://latih.id/problems/unavailable");
        assertThat(problem.get("detail").asString()).contains("evaluation-service");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/evaluations");
    }

    @Test
    void after_a_few_failures_the_breaker_opens_and_answers_at_once_saying_when_to_retry() throws Exception {
        String path = "/api/backlog";
        int calls = 0;
        HttpResponse<String> answer;
        do {
            answer = get(path);
            calls++;
            assertThat(answer.statusCode()).isEqualTo(503);
        } while (answer.headers().firstValue("Retry-After").isEmpty() && calls < 10);

        assertThat(calls).as("calls until the breaker opened").isLessThanOrEqualTo(4);
        assertThat(JSON.readTree(answer.body()).get("detail").asString()).contains("program-service");
        long began = System.nanoTime();
        assertThat(get("/api/programs").headers().firstValue("Retry-After")).as("same route, same breaker")
                .isPresent();
        assertThat((System.nanoTime() - began) / 1_000_000).as("ms to answer while open").isLessThan(1000);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + TestTokens.token("3273.DISKOMINFO", "INTEGRATION"))
                        .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
