package id.latih.gateway.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Mono;

/**
 * Attempts the due deliveries. Every {@code poll-interval} it looks up due deliveries, claims each with a lease (one
 * conditional update: of several gateway instances one gets it) and sends it without waiting for the answer. Each
 * webhook has at most {@code concurrency-per-webhook} attempts in flight on this instance; a webhook with none free is
 * left out of the lookup, so a slow receiver holds only its own slots and its deliveries wait in the store, never in
 * front of another webhook's.
 */
final class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookProperties settings;
    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private volatile Thread thread;
    private volatile boolean running;

    WebhookDispatcher(WebhookProperties settings, Webhooks webhooks, Deliveries deliveries, WebhookSender sender,
                      Clock clock, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "webhook-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                dispatchDue();
            } catch (RuntimeException e) {
                log.warn("Looking up due webhook deliveries failed; trying again", e);
            }
            try {
                Thread.sleep(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void dispatchDue() {
        Instant now = clock.instant();
        List<String> busy = inFlight.entrySet().stream()
                .filter(entry -> entry.getValue().get() >= settings.concurrencyPerWebhook()).map(Map.Entry::getKey)
                .toList();
        List<Delivery> due = deliveries.due(now, busy, settings.batchSize()).collectList().block();
        for (Delivery delivery : due == null ? List.<Delivery>of() : due) {
            if (!running || !takeSlot(delivery.webhookId())) {
                continue;
            }
            Optional<Delivery> claimed = deliveries.claim(delivery.id(), now, now.plus(settings.lease()))
                    .blockOptional();
            Optional<Webhook> webhook = claimed.isEmpty() ? Optional.empty()
                    : webhooks.byId(delivery.webhookId()).blockOptional();
            if (webhook.isEmpty() || !webhook.get().enabled()) {
                // Removed: its deliveries go with it. Disabled: an attempt that ended after the disabling left this
                // one pending; it waits with the others until the webhook is enabled again.
                if (webhook.isPresent()) {
                    deliveries.pause(claimed.get(), now).block();
                }
                releaseSlot(delivery.webhookId());
                continue;
            }
            attempt(webhook.get(), claimed.get()).doFinally(signal -> releaseSlot(delivery.webhookId()))
                    .subscribe(null, e -> log.warn("Recording webhook delivery {} failed; its lease will let it be "
                            + "tried again", delivery.id(), e));
        }
    }

    private Mono<Void> attempt(Webhook webhook, Delivery delivery) {
        return sender.send(webhook, delivery).flatMap(outcome -> record(webhook, delivery, outcome));
    }

    private void count(String outcome) {
        Counter.builder("latih.gateway.webhooks.attempts").description("Webhook delivery attempts by outcome")
                .tag("outcome", outcome).register(meters).increment();
    }

    private Mono<Void> record(Webhook webhook, Delivery delivery, WebhookSender.Outcome outcome) {
        Instant now = clock.instant();
        if (outcome.delivered()) {
            count("delivered");
            return deliveries.record(delivery, Delivery.State.DELIVERED, outcome.status(), null, null, now)
                    .then(webhooks.succeeded(webhook.id()));
        }
        int attempts = delivery.attempts() + 1;
        boolean giveUp = !outcome.retryable() || attempts >= settings.maxAttempts();
        Delivery.State state = giveUp ? Delivery.State.FAILED : Delivery.State.PENDING;
        count(giveUp ? "failed" : "retry");
        Instant next = giveUp ? null : now.plus(settings.backoff(attempts));
        return deliveries.record(delivery, state, outcome.status(), outcome.error(), next, now)
                .then(webhooks.failed(webhook.id()))
                .flatMap(counted -> counted.consecutiveFailures() >= settings.disableAfterFailures()
                        ? disable(counted) : Mono.empty());
    }

    private Mono<Void> disable(Webhook webhook) {
        return webhooks.disable(webhook.id(), "failing: " + webhook.consecutiveFailures() + " failed attempts in a row")
                .flatMap(disabled -> deliveries.move(webhook.id(), Delivery.State.PENDING, Delivery.State.PAUSED,
                        clock.instant()));
    }

    private boolean takeSlot(String webhookId) {
        AtomicInteger count = inFlight.computeIfAbsent(webhookId, id -> new AtomicInteger());
        while (true) {
            int current = count.get();
            if (current >= settings.concurrencyPerWebhook()) {
                return false;
            }
            if (count.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    private void releaseSlot(String webhookId) {
        inFlight.computeIfPresent(webhookId, (id, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
