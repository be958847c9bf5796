package id.latih.gateway.webhook;

import id.latih.gateway.AgencyRateLimitFilter;
import id.latih.gateway.GatewayProblems;
import id.latih.gateway.webhook.WebhookViews.DeliveryView;
import id.latih.gateway.webhook.WebhookViews.Page;
import id.latih.gateway.webhook.WebhookViews.Registration;
import id.latih.gateway.webhook.WebhookViews.WebhookView;
import id.latih.gateway.webhook.WebhookViews.WebhookWithSecret;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScopes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/webhooks}: an agency's signed webhooks (see docs/webhooks.md). Served by the gateway itself; the token
 * check applies, the rules are in {@link WebhookRegistry}.
 */
@RestController
class WebhookController {

    static final String PATH = "/api/webhooks";
    static final int MAX_BODY = 16 * 1024;
    private static final int MAX_ID = 100;
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final WebhookRegistry registry;
    private final WebhookProperties settings;
    private final AgencyRateLimitFilter rateLimits;

    WebhookController(WebhookRegistry registry, WebhookProperties settings, AgencyRateLimitFilter rateLimits) {
        this.registry = registry;
        this.settings = settings;
        this.rateLimits = rateLimits;
    }

    /** The caller's scope; each call counts against its agency's rate limit like a routed request. */
    private AgencyScope scope(Jwt token) {
        AgencyScope scope = AgencyScopes.from(token);
        if (!rateLimits.tryAcquire(scope.agencyCode())) {
            throw WebhookRefused.rateLimited(scope.agencyCode(), rateLimits.period());
        }
        return scope;
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<WebhookWithSecret> register(@AuthenticationPrincipal Jwt token,
                                     @RequestBody(required = false) String body) {
        AgencyScope scope = scope(token);
        Registration registration = parse(body);
        return registry.register(scope, registration.url(), registration.types()).map(WebhookWithSecret::of);
    }

    @GetMapping(PATH)
    Mono<Page<WebhookView>> list(@AuthenticationPrincipal Jwt token,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        return registry.list(scope(token), page, size).map(WebhookView::of).collectList()
                .map(items -> new Page<>(items, page, size));
    }

    @GetMapping(PATH + "/{id}")
    Mono<WebhookView> get(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return registry.get(scope(token), checkId(id)).map(WebhookView::of);
    }

    @DeleteMapping(PATH + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> remove(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return registry.remove(scope(token), checkId(id));
    }

    @PostMapping(PATH + "/{id}/rotation")
    Mono<WebhookWithSecret> rotate(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return registry.rotate(scope(token), checkId(id)).map(WebhookWithSecret::of);
    }

    @PostMapping(PATH + "/{id}/enabling")
    Mono<WebhookView> enable(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        return registry.enable(scope(token), checkId(id)).map(WebhookView::of);
    }

    @GetMapping(PATH + "/{id}/deliveries")
    Mono<Page<DeliveryView>> deliveries(@AuthenticationPrincipal Jwt token, @PathVariable String id,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        return registry.deliveries(scope(token), checkId(id), page, size).map(DeliveryView::of)
                .collectList().map(items -> new Page<>(items, page, size));
    }

    private static Registration parse(String body) {
        if (body == null || body.isBlank()) {
            throw WebhookRefused.invalid("body", "is required: {\"url\": ..., \"types\": [...]}");
        }
        if (body.length() > MAX_BODY) {
            throw WebhookRefused.invalid("body", "at most " + MAX_BODY + " characters");
        }
        try {
            return STRICT.readValue(body, Registration.class);
        } catch (JacksonException e) {
            String field = e.getPath() == null || e.getPath().isEmpty() ? "body" : e.getPath().get(0).getPropertyName();
            throw WebhookRefused.invalid(field == null ? "body" : field, "is not valid here");
        }
    }

    private void checkPage(int page, int size) {
        if (page < 0 || page > 10_000) {
            throw WebhookRefused.invalid("page", "between 0 and 10000");
        }
        if (size < 1 || size > settings.maxPageSize()) {
            throw WebhookRefused.invalid("size", "between 1 and " + settings.maxPageSize());
        }
    }

    private static String checkId(String id) {
        if (id.length() > MAX_ID) {
            throw WebhookRefused.invalid("id", "at most " + MAX_ID + " characters");
        }
        return id;
    }

    @ExceptionHandler(WebhookRefused.class)
    Mono<Void> refused(WebhookRefused refused, ServerWebExchange exchange) {
        if (refused.retryAfter != null) {
            exchange.getResponse().getHeaders().set("Retry-After",
                    String.valueOf(Math.max(1, refused.retryAfter.toSeconds())));
        }
        return GatewayProblems.write(exchange, refused.status, refused.kind, refused.getMessage(), refused.detail,
                refused.errors);
    }
}
