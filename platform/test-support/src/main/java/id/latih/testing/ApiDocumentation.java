package id.latih.testing;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.TestHttp.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Checks a running service's own OpenAPI document against its controllers: every operation a controller maps is in
 * the document with its problem responses and the bearer scheme, the document is open without a token, and the
 * caller's scope (taken from the token) is never offered as a parameter.
 */
public final class ApiDocumentation {

    /** One operation a controller maps: a method and a path pattern as the document writes it. */
    public record Operation(String method, String path) {
    }

    private ApiDocumentation() {
    }

    /** The operations mapped by the {@code @RestController}s whose class is in {@code basePackage}. */
    public static List<Operation> mappedOperations(ApplicationContext context, String basePackage) {
        List<Operation> operations = new ArrayList<>();
        for (Object controller : context.getBeansWithAnnotation(RestController.class).values()) {
            Class<?> type = AopUtils.getTargetClass(controller);
            if (!type.getPackageName().startsWith(basePackage)) {
                continue;
            }
            RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            for (Method method : type.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                for (String prefix : paths(onType)) {
                    for (String path : paths(mapping)) {
                        for (RequestMethod verb : mapping.method()) {
                            operations.add(new Operation(verb.name().toLowerCase(Locale.ROOT), prefix + path));
                        }
                    }
                }
            }
        }
        return operations;
    }

    /** Fetches {@code /v3/api-docs} without a token and asserts it documents every mapped operation fully. */
    public static JsonNode assertDocumentsEveryOperation(ApplicationContext context, TestHttp service,
                                                         String basePackage, String serviceName) {
        Response answer = service.get("/v3/api-docs", null);
        assertThat(answer.status()).as("the API document needs no token").isEqualTo(200);
        JsonNode document = answer.body();
        assertThat(document.at("/info/title").asString()).contains(serviceName);
        assertThat(document.at("/info/version").asString()).isNotBlank();
        assertThat(document.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("bearer-jwt")).as("every operation requires the token").isTrue();
        assertThat(document.at("/components/schemas/Problem/properties").has("type")).isTrue();

        List<Operation> mapped = mappedOperations(context, basePackage);
        assertThat(mapped).as("controllers found in " + basePackage).isNotEmpty();
        for (Operation operation : mapped) {
            JsonNode documented = document.path("paths").path(operation.path()).path(operation.method());
            assertThat(documented.isObject()).as("%s is documented", operation).isTrue();
            for (String status : List.of("400", "401", "403", "429", "503")) {
                assertThat(documented.path("responses").path(status).path("content")
                        .path("application/problem+json").path("schema").path("$ref").asString())
                        .as("%s answers %s as a problem", operation, status)
                        .isEqualTo("#/components/schemas/Problem");
            }
            assertThat(documented.path("responses").properties().stream()
                    .anyMatch(response -> response.getKey().startsWith("2")))
                    .as("%s documents its success", operation).isTrue();
            for (JsonNode parameter : documented.path("parameters")) {
                assertThat(parameter.path("schema").path("$ref").asString())
                        .as("%s offers the caller's scope as a parameter", operation).doesNotContain("AgencyScope");
                assertThat(parameter.path("name").asString()).isNotIn("caller", "scope");
            }
        }
        return document;
    }

    private static String[] paths(RequestMapping mapping) {
        if (mapping == null || mapping.path().length == 0) {
            return new String[] {""};
        }
        return mapping.path();
    }
}
