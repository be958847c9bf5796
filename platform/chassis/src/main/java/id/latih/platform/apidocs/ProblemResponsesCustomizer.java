package id.latih.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Adds to every operation the RFC 9457 problem responses a caller can meet, as {@code application/problem+json} with
 * one shared {@code Problem} schema: the ones every call can get (400 invalid input, 401 no valid token, 403 not
 * allowed, 429 over the agency's rate at the gateway, 503 the service or its store is unavailable), 404 where the path
 * names something, 409 and 413 where the call changes or sends something. Springdoc sees none of them, because they
 * come from the chassis's advice, its filters and the gateway rather than from the controllers.
 */
class ProblemResponsesCustomizer implements GlobalOpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> ALWAYS = ordered(
            "400", "The request is not valid; `errors` names each field and why",
            "401", "No valid bearer token (missing, expired, wrong issuer or audience, bad signature)",
            "403", "The token is valid but its roles or agency do not allow this",
            "429", "The caller's agency is over its rate at the gateway; wait for Retry-After seconds",
            "503", "The service or its store is not available now; retry later");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> addProblems(path, method, operation)));
    }

    private static void addProblems(String path, HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ALWAYS.forEach((status, description) -> add(operation, status, description));
        if (path.contains("{")) {
            add(operation, "404", "Nothing with this id exists that the caller may see");
        }
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            add(operation, "409", "A rule of the domain refuses the change in the current state");
        }
        if (operation.getRequestBody() != null) {
            add(operation, "413", "The request body is over the size limit");
        }
    }

    private static void add(Operation operation, String status, String description) {
        ApiResponse existing = operation.getResponses().get(status);
        Content content = existing == null || existing.getContent() == null ? new Content() : existing.getContent();
        content.addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)));
        operation.getResponses().addApiResponse(status, existing == null
                ? new ApiResponse().description(description).content(content) : existing.content(content));
    }

    /** The body of every problem the chassis ({@code Problems}) and the gateway write. */
    static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The request field, e.g. `nip` or `items[2].jp`"))
                .addProperty("reason", new StringSchema().description("Why the value is refused"));
        return new ObjectSchema().description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri")
                        .description("Stable per kind of problem: https://latih.id/problems/<kind>"))
                .addProperty("title", new StringSchema().description("Short, in the caller's language (Accept-Language)"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What happened in this case"))
                .addProperty("instance", new StringSchema().description("The path that was called"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("Validation problems only: each refused field"));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
