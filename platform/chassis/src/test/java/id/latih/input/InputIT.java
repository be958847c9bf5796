package id.latih.input;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How every service reads requests, shown on a small service built on the chassis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=chassis-input-test",
        "spring.cloud.stream.bindings.latihEvents-in-0.destination=latih.input-test.events",
        "latih.web.max-body-size=16KB"})
@ExtendWith(OutputCaptureExtension.class)
class InputIT extends ServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String token = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");

    @Test
    void a_valid_request_is_read_with_its_text_normalised() {
        Response ok = post(course(Map.of("title", "  Cafe\u0301 Pelayanan  ")));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("title").asString()).isEqualTo("Caf\u00e9 Pelayanan");
    }

    @Test
    void a_field_longer_than_its_limit_is_refused_naming_it() {
        assertRefused(post(course(Map.of("title", "x".repeat(41)))), "title", "size must be between");
        assertRefused(post(course(Map.of("tags", List.of("a", "b", "c", "d")))), "tags", "size must be between");
    }

    @Test
    void control_direction_and_invisible_text_is_refused_naming_the_field() {
        assertRefused(post(course(Map.of("title", "Bu\u0000di"))), "title", "control characters");
        assertRefused(post(course(Map.of("title", "\u001b[31mBudi"))), "title", "control characters");
        assertRefused(post(course(Map.of("title", "Budi\u202Eidub"))), "title", "direction");
        assertRefused(post(course(Map.of("title", "\u200B\u2060\uFEFF"))), "title", "visible characters");
        assertRefused(post(course(Map.of("title", "   "))), "title", "visible characters");
        assertRefused(post(course(Map.of("tags", List.of("ok", "\u0085")))), "tags[1]", "control characters");
    }

    @Test
    void numbers_and_strings_are_taken_as_sent_never_coerced() {
        assertRefused(post(course(Map.of("cycleYear", 2000.5))), "cycleYear", "whole number");
        assertRefused(post(course(Map.of("cycleYear", "2026"))), "cycleYear", "whole number");
        assertRefused(post(course(Map.of("nip", 198503152010011001L))), "nip", "JSON string");
        Map<String, Object> missingYear = course(Map.of());
        missingYear.remove("cycleYear");
        assertRefused(post(missingYear), "cycleYear", "required");
        assertRefused(post(course(Map.of("agencyCode", "32.BPSDM"))), "agencyCode", "not a field");
    }

    @Test
    void a_date_outside_the_sane_years_is_a_400_naming_the_field() {
        assertRefused(post(course(Map.of("startDate", "-999999999-01-01"))), "startDate", "years 1900 to 2200");
        assertRefused(post(course(Map.of("startDate", "2026-02-30"))), "startDate", "real date");
    }

    @Test
    void a_competency_code_outside_the_dictionary_is_refused() {
        assertThat(post(course(Map.of("competencyCode", "T.KES.01"))).status()).isEqualTo(200);
        assertRefused(post(course(Map.of("competencyCode", "m.05"))), "competencyCode", "competency code");
        assertRefused(post(course(Map.of("competencyCode", "M.09"))), "competencyCode", "competency code");
        assertRefused(post(course(Map.of("competencyCode", "ZZZZ.01"))), "competencyCode", "competency code");
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem_whether_its_length_is_declared_or_chunked() throws Exception {
        byte[] big = JSON.writeValueAsBytes(course(Map.of("title", "x".repeat(20_000))));

        HttpResponse<String> declared = send(HttpRequest.newBuilder(uri("/api/courses"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/courses"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        for (HttpResponse<String> response : List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(problem(response).get("type").asString()).isEqualTo("https://latih.id/problems/too-large");
        }
    }

    @Test
    void an_unexpected_error_is_a_500_problem_with_a_correlation_id_and_no_internals(CapturedOutput log)
            throws Exception {
        HttpResponse<String> failed = send(HttpRequest.newBuilder(uri("/api/failing")).GET());

        assertThat(failed.statusCode()).isEqualTo(500);
        JsonNode body = problem(failed);
        assertThat(body.get("type").asString()).isEqualTo("https://latih.id/problems/internal");
        assertThat(body.get("correlationId").asString()).isNotBlank()
                .isEqualTo(failed.headers().firstValue("Latih-Correlation-Id").orElseThrow());
        assertThat(failed.body()).doesNotContain("secret", "IllegalStateException", "trace", "10.1.2.3");
        assertThat(log.getAll()).contains("correlationId=" + body.get("correlationId").asString())
                .contains("IllegalStateException: secret internals");
        // The correlation id is the request's trace id, which every log line of the request shows.
        assertThat(body.get("correlationId").asString()).matches("[0-9a-f]{32}");
        assertThat(log.getAll()).containsPattern("\\[[a-z-]+," + body.get("correlationId").asString()
                + ",[0-9a-f]{16}\\] .*Unexpected error");
    }

    @Test
    void an_unreachable_store_is_a_503_unavailable_problem() throws Exception {
        HttpResponse<String> down = send(HttpRequest.newBuilder(uri("/api/store")).GET());

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(problem(down).get("type").asString()).isEqualTo("https://latih.id/problems/unavailable");
        assertThat(problem(down).get("correlationId").asString()).isNotBlank();
    }

    @Test
    void a_path_the_firewall_or_the_server_rejects_is_a_400_problem() throws Exception {
        for (String path : List.of("/api/courses;jsessionid=1", "/api/x/..;/courses", "/api/%2e%2e/courses",
                "/api/a%2Fb", "/api//courses", "/api/a%5Cb", "/api/a%00b")) {
            HttpResponse<String> rejected = send(HttpRequest.newBuilder(uri(path)).GET());
            System.out.println("PATHCHECK " + path + " " + rejected.statusCode() + " " + rejected.headers().firstValue("Content-Type"));

        }
    }

    @Test
    void unmapped_paths_methods_and_the_error_page_answer_problems() throws Exception {
        HttpResponse<String> unmapped = send(HttpRequest.newBuilder(uri("/api/nothing-here")).GET());
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/api/failing"))
                .DELETE());
        HttpResponse<String> errorPage = send(HttpRequest.newBuilder(uri("/error")).GET());
        HttpResponse<String> browser = send(HttpRequest.newBuilder(uri("/api/failing")).header("Accept", "text/html")
                .GET());

        assertThat(unmapped.statusCode()).isEqualTo(404);
        assertThat(problem(unmapped).path("type").asString()).as(unmapped.body()).isEqualTo("https://latih.id/problems/not-found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(problem(wrongMethod).path("type").asString()).as(wrongMethod.body())
                .isEqualTo("https://latih.id/problems/method-not-allowed");
        assertThat(browser.statusCode()).isEqualTo(500);
        assertThat(problem(browser).path("type").asString()).isEqualTo("https://latih.id/problems/internal");
        assertThat(errorPage.statusCode()).isEqualTo(404);
        assertThat(problem(errorPage).path("type").asString()).as(errorPage.body()).isEqualTo("https://latih.id/problems/not-found");
    }

    private static Map<String, Object> course(Map<String, Object> overrides) {
        Map<String, Object> course = new HashMap<>(Map.of("title", "Pelayanan Publik Prima", "nip",
                "198503152010011001", "cycleYear", 2026, "startDate", "2026-08-01", "competencyCode", "M.05",
                "tags", List.of("klasikal")));
        course.putAll(overrides);
        return course;
    }

    private Response post(Map<String, Object> body) {
        return http().post("/api/courses", token, body);
    }

    private static void assertRefused(Response response, String field, String reason) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.body().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("reason").asString()).contains(reason);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
                .startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }
}
