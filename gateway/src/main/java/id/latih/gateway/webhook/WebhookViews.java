package id.latih.gateway.webhook;

import java.time.Instant;
import java.util.List;

/** What the webhook API answers: views, never the stored documents (a secret is shown only when made). */
final class WebhookViews {

    private WebhookViews() {
    }

    /** A webhook as listed: no secret. */
    record WebhookView(String id, String url, List<String> types, boolean enabled, String disabledReason,
                       int consecutiveFailures, Instant createdAt) {

        static WebhookView of(Webhook webhook) {
            return new WebhookView(webhook.id(), webhook.url(), webhook.types(), webhook.enabled(),
                    webhook.disabledReason(), webhook.consecutiveFailures(), webhook.createdAt());
        }
    }

    /** A webhook just registered or rotated, with its secret: keep it, it is not shown again. */
    record WebhookWithSecret(String id, String url, List<String> types, boolean enabled, String secret,
                             Instant createdAt) {

        static WebhookWithSecret of(Webhook webhook) {
            return new WebhookWithSecret(webhook.id(), webhook.url(), webhook.types(), webhook.enabled(),
                    webhook.secret(), webhook.createdAt());
        }
    }

    /**
     * One delivery in the log: which event, how it went. Never the payload: the log is for finding out what reached
     * the receiver, and the receiver has the payload.
     */
    record DeliveryView(String eventId, String type, String state, int attempts, Integer lastStatus,
                        String lastError, Instant nextAttemptAt, Instant createdAt, Instant finishedAt) {

        static DeliveryView of(Delivery delivery) {
            boolean open = delivery.state() == Delivery.State.PENDING || delivery.state() == Delivery.State.PAUSED;
            return new DeliveryView(delivery.eventId(), delivery.type(), delivery.state().name(),
                    delivery.attempts(), delivery.attempts() == 0 ? null : delivery.lastStatus(),
                    delivery.lastError(), open ? delivery.nextAttemptAt() : null, delivery.createdAt(),
                    delivery.finishedAt());
        }
    }

    /** A page of a list, with where it is. */
    record Page<T>(List<T> items, int page, int size) {
    }

    /** The body of {@code POST /api/webhooks}. */
    record Registration(String url, List<String> types) {
    }
}
