package id.latih.gateway.webhook;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An agency's registered receiver of its events. The secret signs every delivery; it is kept as is because signing
 * needs it, and shown to the agency only when made (registration, rotation).
 *
 * @param id                  the webhook's id, {@code wh-<random>}
 * @param agency              the agency that registered it and whose events it receives
 * @param url                 where deliveries are POSTed
 * @param types               the CloudEvents types it receives; empty: every type
 * @param secret              the HMAC-SHA256 key of the signatures
 * @param enabled             false once disabled after repeated failures (or a full backlog) until re-enabled
 * @param disabledReason      why it was disabled, or null
 * @param consecutiveFailures failed attempts since the last success
 * @param createdAt           when it was registered: events from before are not delivered
 * @param createdBy           the token subject that registered it
 */
@Document("webhooks")
record Webhook(@Id String id, String agency, String url, List<String> types, String secret, boolean enabled,
               String disabledReason, int consecutiveFailures, Instant createdAt, String createdBy) {

    boolean wants(String ceType) {
        return types.isEmpty() || types.contains(ceType);
    }
}
