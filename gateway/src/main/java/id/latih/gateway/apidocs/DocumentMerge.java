package id.latih.gateway.apidocs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges the services' OpenAPI documents into one, as a caller of the gateway sees the platform: every operation under
 * its {@code /api/...} path, marked with the service that answers it ({@code x-latih-service}), one server (the
 * gateway), the shared security scheme and problem schema once. Two services may name different schemas alike
 * ({@code PageView}); the later one is then renamed {@code <service>.<name>} and its references follow, so no
 * operation ever points at another service's shape. Services that did not answer are listed as missing
 * ({@code x-latih-services}, and in the description), never silently left out.
 */
final class DocumentMerge {

    static final String SCHEMA_REF = "#/components/schemas/";

    /** A service's own document. */
    record ServiceDocument(String service, JsonNode document) {
    }

    /** A service whose document could not be had, and why (without its internal address). */
    record Missing(String service, String reason) {
    }

    private final JsonMapper json;
    private final ApiDocsSettings settings;

    DocumentMerge(JsonMapper json, ApiDocsSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    ObjectNode merge(List<ServiceDocument> documents, List<Missing> missing) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", documents.isEmpty() ? "3.1.0"
                : documents.get(0).document().path("openapi").asString("3.1.0"));
        ObjectNode info = merged.putObject("info").put("title", settings.title()).put("version", settings.version());
        info.put("description", description(documents, missing));
        merged.putArray("servers").addObject().put("url", "/").put("description", "This gateway");
        ArrayNode security = merged.putArray("security");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode schemes = components.putObject("securitySchemes");
        Set<String> operationIds = new HashSet<>();
        Set<String> tagNames = new HashSet<>();
        for (ServiceDocument source : documents) {
            ObjectNode document = (ObjectNode) source.document().deepCopy();
            Map<String, String> renames = renames(schemas, document.path("components").path("schemas"),
                    source.service());
            rewriteReferences(document, renames);
            document.path("components").path("schemas").properties()
                    .forEach(schema -> schemas.set(renames.getOrDefault(schema.getKey(), schema.getKey()),
                            schema.getValue()));
            document.path("components").path("securitySchemes").properties()
                    .forEach(scheme -> schemes.putIfAbsent(scheme.getKey(), scheme.getValue()));
            if (security.isEmpty()) {
                document.path("security").forEach(security::add);
            }
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asString())) {
                    tags.add(tag);
                }
            }
            addPaths(paths, document.path("paths"), source.service(), operationIds, tags, tagNames);
        }
        ArrayNode services = merged.putArray("x-latih-services");
        documents.forEach(document -> services.addObject().put("name", document.service()).put("status", "included")
                .put("version", document.document().path("info").path("version").asString("")));
        missing.forEach(gone -> services.addObject().put("name", gone.service()).put("status", "missing")
                .put("reason", gone.reason()));
        return merged;
    }

    private static void addPaths(ObjectNode paths, JsonNode servicePaths, String service, Set<String> operationIds,
                                 ArrayNode tags, Set<String> tagNames) {
        for (Map.Entry<String, JsonNode> path : servicePaths.properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue; // the gateway routes only /api/...; anything else is not reachable through it
            }
            ObjectNode target = paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey())
                    : paths.putObject(path.getKey());
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (target.has(operation.getKey()) || !(operation.getValue() instanceof ObjectNode described)) {
                    continue; // the first service owns a path and method; routes never overlap
                }
                described.put("x-latih-service", service);
                String id = described.path("operationId").asString("");
                if (!id.isEmpty() && !operationIds.add(id)) {
                    described.put("operationId", id + "_" + service.replaceAll("[^A-Za-z0-9]", ""));
                }
                for (JsonNode tag : described.path("tags")) {
                    if (tagNames.add(tag.asString())) {
                        tags.addObject().put("name", tag.asString());
                    }
                }
                target.set(operation.getKey(), described);
            }
        }
    }

    /**
     * The schemas of one service that must be renamed because an earlier service already defines a different schema
     * of that name. Renaming changes the references inside other schemas, which may make them differ in turn, so
     * this repeats until nothing more needs renaming (it only ever adds names, so it ends).
     */
    private Map<String, String> renames(ObjectNode existing, JsonNode incoming, String service) {
        Map<String, String> renames = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            JsonNode rewritten = incoming.deepCopy();
            rewriteReferences(rewritten, renames);
            for (Map.Entry<String, JsonNode> schema : rewritten.properties()) {
                String name = schema.getKey();
                if (!renames.containsKey(name) && existing.has(name) && !existing.get(name).equals(schema.getValue())) {
                    renames.put(name, service + "." + name);
                    changed = true;
                }
            }
        }
        return renames;
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(SCHEMA_REF)) {
                String target = renames.get(ref.asString().substring(SCHEMA_REF.length()));
                if (target != null) {
                    object.put("$ref", SCHEMA_REF + target);
                }
            }
            List<JsonNode> children = new ArrayList<>();
            object.properties().forEach(child -> children.add(child.getValue()));
            children.forEach(child -> rewriteReferences(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteReferences(child, renames));
        }
    }

    private static String description(List<ServiceDocument> documents, List<Missing> missing) {
        StringBuilder text = new StringBuilder("Every operation of the Latih services, called through this gateway "
                + "with a bearer token; errors are RFC 9457 problems (application/problem+json). Included: ");
        text.append(documents.isEmpty() ? "none" : String.join(", ", documents.stream()
                .map(ServiceDocument::service).toList())).append('.');
        if (!missing.isEmpty()) {
            text.append(" MISSING now (their operations are not listed; try again shortly): ")
                    .append(String.join(", ", missing.stream().map(gone -> gone.service() + " (" + gone.reason() + ")")
                            .toList())).append('.');
        }
        return text.toString();
    }
}
