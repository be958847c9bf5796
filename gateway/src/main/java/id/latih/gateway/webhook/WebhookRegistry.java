package id.latih.gateway.webhook;

import id.latih.events.EventCatalog;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What an agency does with its webhooks. Only an agency's admin or system ({@code AGENCY_ADMIN}, {@code INTEGRATION})
 * manages them, and only its own agency's: a webhook receives everything of the agency, in full, which is what those
 * roles see on the stream. Another agency's webhook is answered as not found.
 */
final class WebhookRegistry {

    static final int MAX_TYPE_LENGTH = 100;

    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final WebhookUrls urls;
    private final WebhookProperties settings;
    private final Clock clock;

    WebhookRegistry(Webhooks webhooks, Deliveries deliveries, WebhookUrls urls, WebhookProperties settings,
                    Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.urls = urls;
        this.settings = settings;
        this.clock = clock;
    }

    private static AgencyScope manager(AgencyScope scope) {
        return scope.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
    }

    /** Registers a webhook for the caller's agency; the result carries the secret, the only time it is shown. */
    Mono<Webhook> register(AgencyScope scope, String url, List<String> types) {
        String agency = manager(scope).owningAgency();
        urls.refusal(url).ifPresent(reason -> {
            throw WebhookRefused.invalid("url", reason);
        });
        List<String> valid = validTypes(types);
        return webhooks.countOf(agency).flatMap(count -> {
            if (count >= settings.maxPerAgency()) {
                return Mono.error(WebhookRefused.rule("Too many webhooks",
                        "An agency registers at most " + settings.maxPerAgency() + " webhooks; remove one first"));
            }
            return webhooks.insert(new Webhook("wh-" + UUID.randomUUID(), agency, url, valid,
                    Signatures.newSecret(), true, null, 0, clock.instant(), scope.subject()));
        });
    }

    static List<String> validTypes(List<String> types) {
        if (types == null) {
            return List.of();
        }
        if (types.size() > EventCatalog.ALL.size()) {
            throw WebhookRefused.invalid("types", "at most " + EventCatalog.ALL.size() + " types");
        }
        LinkedHashSet<String> valid = new LinkedHashSet<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (type == null || type.length() > MAX_TYPE_LENGTH || EventCatalog.byCeType(type).isEmpty()) {
                throw WebhookRefused.invalid("types[" + i + "]",
                        "not an event type of the catalog, e.g. latih.enrollments.EnrollmentConfirmed.v1");
            }
            valid.add(type);
        }
        return new ArrayList<>(valid);
    }

    Flux<Webhook> list(AgencyScope scope, int page, int size) {
        return webhooks.pageOf(manager(scope).owningAgency(), page, size);
    }

    Mono<Webhook> get(AgencyScope scope, String id) {
        return own(scope, id);
    }

    /** Removes the webhook and its deliveries, pending ones included: the agency no longer wants them. */
    Mono<Void> remove(AgencyScope scope, String id) {
        return webhooks.remove(manager(scope).owningAgency(), id)
                .flatMap(removed -> removed ? deliveries.removeOf(id) : Mono.error(WebhookRefused.notFound(id)));
    }

    /** A new secret, in force for the next attempt; the result carries it, the only time it is shown. */
    Mono<Webhook> rotate(AgencyScope scope, String id) {
        return webhooks.changeSecret(manager(scope).owningAgency(), id, Signatures.newSecret())
                .switchIfEmpty(Mono.error(() -> WebhookRefused.notFound(id)));
    }

    /** Enables a disabled webhook again; its paused deliveries are due at once. */
    Mono<Webhook> enable(AgencyScope scope, String id) {
        return webhooks.enable(manager(scope).owningAgency(), id)
                .switchIfEmpty(Mono.error(() -> WebhookRefused.notFound(id)))
                .flatMap(webhook -> deliveries.move(id, Delivery.State.PAUSED, Delivery.State.PENDING,
                        clock.instant()).thenReturn(webhook));
    }

    Flux<Delivery> deliveries(AgencyScope scope, String id, int page, int size) {
        return own(scope, id).flatMapMany(webhook -> deliveries.pageOf(webhook.id(), page, size));
    }

    private Mono<Webhook> own(AgencyScope scope, String id) {
        return webhooks.ofAgency(manager(scope).owningAgency(), id)
                .switchIfEmpty(Mono.error(() -> WebhookRefused.notFound(id)));
    }
}
