package id.latih.gateway.apidocs;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches each routed service's own {@code /v3/api-docs}. The services are those the routes name (their
 * {@code service} metadata and URI), so a new route brings its service's operations into the merged document without
 * another setting. A service that does not answer in time, answers an error or something that is not a document is
 * reported missing with a reason, never with its internal address.
 */
class ServiceDocuments {

    /** One service's document, or why it is missing. */
    record Fetched(String service, JsonNode document, String missingBecause) {
    }

    private final RouteLocator routes;
    private final WebClient client;
    private final JsonMapper json;
    private final ApiDocsSettings settings;

    ServiceDocuments(RouteLocator routes, JsonMapper json, ApiDocsSettings settings) {
        this.routes = routes;
        this.json = json;
        this.settings = settings;
        this.client = WebClient.builder().codecs(codecs -> codecs.defaultCodecs()
                .maxInMemorySize((int) settings.maxDocumentSize().toBytes())).build();
    }

    Flux<Fetched> fetchAll() {
        return services().flatMapMany(services -> Flux.fromIterable(services.entrySet()))
                .flatMapSequential(service -> fetch(service.getKey(), service.getValue()));
    }

    /** Service name -> base URI, in route order, each service once. */
    private Mono<Map<String, URI>> services() {
        return routes.getRoutes()
                .filter(route -> route.getMetadata().get("service") != null)
                .filter(route -> "http".equals(route.getUri().getScheme()) || "https".equals(route.getUri().getScheme()))
                .collect(LinkedHashMap::new, (map, route) -> map.putIfAbsent(serviceOf(route), route.getUri()));
    }

    private static String serviceOf(Route route) {
        return route.getMetadata().get("service").toString();
    }

    private Mono<Fetched> fetch(String service, URI base) {
        return client.get().uri(base.resolve("/v3/api-docs")).retrieve().bodyToMono(String.class)
                .timeout(settings.timeout())
                .map(body -> {
                    JsonNode document = json.readTree(body);
                    if (!document.path("paths").isObject()) {
                        throw new IllegalStateException("not an OpenAPI document");
                    }
                    return new Fetched(service, document, null);
                })
                .onErrorResume(e -> Mono.just(new Fetched(service, null, reason(e))));
    }

    private String reason(Throwable e) {
        if (e instanceof TimeoutException) {
            return "no answer within " + settings.timeout().toMillis() + " ms";
        }
        if (e instanceof WebClientResponseException answered) {
            return "answered " + answered.getStatusCode().value();
        }
        if (e instanceof IllegalStateException || e instanceof tools.jackson.core.JacksonException) {
            return "answered something that is not an OpenAPI document";
        }
        return "not reachable";
    }
}
