package id.latih.gateway.apidocs;

import id.latih.gateway.apidocs.DocumentMerge.Missing;
import id.latih.gateway.apidocs.DocumentMerge.ServiceDocument;
import java.time.Clock;
import java.time.Instant;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's one API document, {@code GET /v3/api-docs}, open without a token like the services' own: it describes
 * operations, never data. Swagger UI ({@code /swagger-ui.html}) reads it. Merged from the services' documents on
 * demand and kept for {@code latih.gateway.api-docs.cache-for}, so anonymous callers cannot make the gateway ask every
 * service on each call; a service that was missing is asked again after that time.
 */
@RestController
class ApiDocsController {

    static final String PATH = "/v3/api-docs";

    private final ServiceDocuments services;
    private final DocumentMerge merge;
    private final ApiDocsSettings settings;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();
    private volatile Cached cached;

    private record Cached(Instant until, Mono<String> document) {
    }

    ApiDocsController(RouteLocator routes, ApiDocsSettings settings) {
        this.json = JsonMapper.builder().build();
        this.settings = settings;
        this.services = new ServiceDocuments(routes, json, settings);
        this.merge = new DocumentMerge(json, settings);
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<String>> document() {
        Cached current = cached;
        if (current == null || clock.instant().isAfter(current.until())) {
            current = new Cached(clock.instant().plus(settings.cacheFor()), build().cache());
            cached = current;
        }
        return current.document().map(body -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body));
    }

    private Mono<String> build() {
        return services.fetchAll().collectList().map(fetched -> json.writeValueAsString(merge.merge(
                fetched.stream().filter(one -> one.document() != null)
                        .map(one -> new ServiceDocument(one.service(), one.document())).toList(),
                fetched.stream().filter(one -> one.document() == null)
                        .map(one -> new Missing(one.service(), one.missingBecause())).toList())));
    }
}
