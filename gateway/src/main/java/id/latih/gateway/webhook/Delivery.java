package id.latih.gateway.webhook;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event for one webhook: accepted (persisted) before its Kafka record is committed, then attempted until it is
 * delivered, given up or its webhook is removed. Its id is the webhook's and the event's, so taking an event in twice
 * (a redelivered Kafka record) makes one delivery.
 *
 * @param id            {@code <webhook id>:<event id>}
 * @param webhookId     the webhook it goes to
 * @param agency        the webhook's agency
 * @param eventId       the CloudEvent's id, sent as {@code Latih-Event-Id}
 * @param type          the CloudEvent's type
 * @param payload       the CloudEvent JSON as the agency's admin sees it on the stream; never shown in the log
 * @param state         where the delivery stands
 * @param attempts      attempts made
 * @param lastStatus    the HTTP status of the last attempt; 0 when it got none (timeout, refused connection)
 * @param lastError     why the last attempt failed, briefly, or null
 * @param nextAttemptAt when it is due next (pending)
 * @param leaseUntil    until when an instance holds it (claimed); another instance may take it over afterwards
 * @param createdAt     when it was accepted
 * @param finishedAt    when it was delivered or given up, or null
 */
@Document("webhook_deliveries")
record Delivery(@Id String id, String webhookId, String agency, String eventId, String type, String payload,
                State state, int attempts, int lastStatus, String lastError, Instant nextAttemptAt,
                Instant leaseUntil, Instant createdAt, Instant finishedAt) {

    enum State {
        /** Waiting for its next attempt. */
        PENDING,
        /** Its webhook is disabled; pending again when it is re-enabled. */
        PAUSED,
        /** Answered with 2xx. */
        DELIVERED,
        /** Given up: max-attempts reached or refused with a 4xx other than 408/429. */
        FAILED
    }

    static String idOf(String webhookId, String eventId) {
        return webhookId + ":" + eventId;
    }
}
