package id.latih.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.TestHttp;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's one API document, merged from the services' own documents (served here by stub services in the shape
 * springdoc and the chassis give them), while one service is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsAggregateTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEM = """
            {"type":"object","properties":{"type":{"type":"string","format":"uri"},"title":{"type":"string"},
             "status":{"type":"integer"},"detail":{"type":"string"},"instance":{"type":"string"}}}""";
    private static final String SCHEMES = """
            "securitySchemes":{"bearer-jwt":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}""";
    private static final String NEEDS = """
            {"openapi":"3.1.0","info":{"title":"Latih needs-service","version":"1"},
             "servers":[{"url":"http://10.0.3.7:8081"}],"security":[{"bearer-jwt":[]}],
             "paths":{
              "/api/needs":{"get":{"operationId":"needList","tags":["Need"],"responses":{
                "200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/PageView"}}}},
                "401":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}},
              "/api/employees/{nip}":{
                "get":{"operationId":"employeeFind","responses":{"200":{"content":{"application/json":{
                  "schema":{"$ref":"#/components/schemas/EmployeeView"}}}}}},
                "put":{"operationId":"employeeUpdate","responses":{"200":{}}}}},
             "components":{"schemas":{"Problem":%s,
               "PageView":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/NeedView"}}}},
               "NeedView":{"type":"object","properties":{"id":{"type":"string"}}},
               "Envelope":{"type":"object","properties":{"page":{"$ref":"#/components/schemas/PageView"}}},
               "EmployeeView":{"type":"object","properties":{"nip":{"type":"string"}}}},%s}}
            """.formatted(PROBLEM, SCHEMES);
    private static final String PROGRAMS = """
            {"openapi":"3.1.0","info":{"title":"Latih program-service","version":"1"},"security":[{"bearer-jwt":[]}],
             "paths":{
              "/api/programs":{"get":{"operationId":"programList","responses":{"200":{"content":{"application/json":{
                "schema":{"$ref":"#/components/schemas/Envelope"}}}}}},
                "post":{"operationId":"programPublish","responses":{"201":{}}}},
              "/api/backlog":{"get":{"operationId":"needList","responses":{"200":{"content":{"application/json":{
                "schema":{"$ref":"#/components/schemas/NeedView"}}}}}}}},
             "components":{"schemas":{"Problem":%s,
               "Envelope":{"type":"object","properties":{"page":{"$ref":"#/components/schemas/PageView"}}},
               "PageView":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/ProgramView"}}}},
               "ProgramView":{"type":"object","properties":{"code":{"type":"string"}}},
               "NeedView":{"type":"object","properties":{"competencyCode":{"type":"string"}}}},%s}}
            """.formatted(PROBLEM, SCHEMES);
    private static final String ENROLLMENTS = """
            {"openapi":"3.1.0","info":{"title":"Latih enrollment-service","version":"2"},"security":[{"bearer-jwt":[]}],
             "paths":{"/api/enrollments":{"post":{"operationId":"enrollmentEnroll","responses":{"201":{}}}},
                      "/api/jp-compliance":{"get":{"operationId":"jpCompliance","responses":{"200":{}}}}},
             "components":{"schemas":{"Problem":%s},%s}}
            """.formatted(PROBLEM, SCHEMES);

    private static final StubService NEEDS_SERVICE = StubService.start(Map.of("/v3/api-docs", NEEDS));
    private static final StubService PROGRAM_SERVICE = StubService.start(Map.of("/v3/api-docs", PROGRAMS));
    private static final StubService ENROLLMENT_SERVICE = StubService.start(Map.of("/v3/api-docs", ENROLLMENTS));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) throws IOException {
        registry.add("latih.security.issuer-uri", TestTokens::issuer);
        registry.add("latih.services.needs", NEEDS_SERVICE::url);
        registry.add("latih.services.programs", PROGRAM_SERVICE::url);
        registry.add("latih.services.enrollments", ENROLLMENT_SERVICE::url);
        String nobody = "http://127.0.0.1:" + freePort();
        registry.add("latih.services.evaluations", () -> nobody);
    }

    @AfterAll
    static void stop() {
        List.of(NEEDS_SERVICE, PROGRAM_SERVICE, ENROLLMENT_SERVICE).forEach(StubService::stop);
    }

    @Test
    void the_merged_document_lists_every_operation_of_every_service_that_answers_without_a_token() {
        Response answer = gateway().get("/v3/api-docs", null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode merged = answer.body();
        Map<String, String> documents = Map.of("needs-service", NEEDS, "program-service", PROGRAMS,
                "enrollment-service", ENROLLMENTS);
        documents.forEach((service, text) -> JSON.readTree(text).path("paths").properties().forEach(path ->
                path.getValue().propertyNames().forEach(method -> {
                    JsonNode operation = merged.path("paths").path(path.getKey()).path(method);
                    assertThat(operation.isObject()).as("%s %s of %s", method, path.getKey(), service).isTrue();
                    assertThat(operation.path("x-latih-service").asString()).isEqualTo(service);
                })));
        assertThat(merged.at("/servers/0/url").asString()).as("called through the gateway, not the service")
                .isEqualTo("/");
        assertThat(merged.toString()).doesNotContain("10.0.3.7");
        assertThat(merged.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
        assertThat(merged.at("/security/0").has("bearer-jwt")).isTrue();
    }

    @Test
    void a_service_that_is_down_is_named_as_missing_while_the_others_are_listed() {
        JsonNode merged = gateway().get("/v3/api-docs", null).body();

        List<String> missing = new ArrayList<>();
        List<String> included = new ArrayList<>();
        merged.path("x-latih-services").forEach(service -> ("missing".equals(service.path("status").asString())
                ? missing : included).add(service.path("name").asString()));
        assertThat(missing).containsExactly("evaluation-service");
        assertThat(included).containsExactlyInAnyOrder("needs-service", "program-service", "enrollment-service");
        assertThat(merged.at("/info/description").asString()).contains("MISSING").contains("evaluation-service");
        assertThat(merged.path("paths").propertyNames()).noneMatch(path -> path.startsWith("/api/evaluations"));
    }

    @Test
    void schemas_two_services_name_alike_stay_apart_and_every_reference_resolves() {
        JsonNode merged = gateway().get("/v3/api-docs", null).body();

        JsonNode schemas = merged.at("/components/schemas");
        assertThat(merged.at("/paths/~1api~1needs/get/responses/200/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/PageView");
        assertThat(schemas.at("/PageView/properties/items/items/$ref").asString())
                .isEqualTo("#/components/schemas/NeedView");
        assertThat(schemas.at("/program-service.PageView/properties/items/items/$ref").asString())
                .isEqualTo("#/components/schemas/ProgramView");
        assertThat(schemas.at("/program-service.Envelope/properties/page/$ref").asString())
                .as("a schema that only differs by what it refers to is renamed too")
                .isEqualTo("#/components/schemas/program-service.PageView");
        assertThat(merged.at("/paths/~1api~1backlog/get/responses/200/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/program-service.NeedView");
        assertThat(schemas.has("program-service.Problem")).as("an identical schema is shared").isFalse();
        for (String ref : references(merged)) {
            assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
        }
        Set<String> ids = new HashSet<>();
        merged.path("paths").forEach(path -> path.forEach(operation ->
                assertThat(ids.add(operation.path("operationId").asString())).as("operation ids are unique").isTrue()));
    }

    @Test
    void swagger_ui_is_served_without_a_token_reads_the_merged_document_and_may_run_only_the_gateways_scripts()
            throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/swagger-ui.html")).build(), HttpResponse.BodyHandlers.ofString());
        Response config = gateway().get("/v3/api-docs/gateway/swagger-config", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body().path("url").asString()).isEqualTo("/v3/api-docs");
    }

    private static List<String> references(JsonNode node) {
        List<String> refs = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(child -> {
                if ("$ref".equals(child.getKey())) {
                    refs.add(child.getValue().asString());
                } else {
                    refs.addAll(references(child.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> refs.addAll(references(child)));
        }
        return refs;
    }

    private TestHttp gateway() {
        return new TestHttp("http://localhost:" + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
