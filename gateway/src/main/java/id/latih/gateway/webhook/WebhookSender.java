package id.latih.gateway.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * One attempt of one delivery: a POST of the CloudEvent (structured JSON) with {@code Latih-Signature} and
 * {@code Latih-Event-Id}. Redirects are not followed (a redirect could lead inside), the URL is checked again before
 * each attempt, and the answer's body is not read.
 */
final class WebhookSender {

    static final String EVENT_ID_HEADER = "Latih-Event-Id";
    private static final int MAX_ERROR = 200;

    private final HttpClient http;
    private final WebhookUrls urls;
    private final WebhookProperties settings;
    private final Clock clock;

    WebhookSender(WebhookUrls urls, WebhookProperties settings, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.urls = urls;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * How an attempt went: delivered on 2xx; worth retrying on no answer (timeout, refused connection), 408, 429 and
     * 5xx; anything else (another 4xx, a 3xx, a URL now refused) is final.
     */
    record Outcome(boolean delivered, boolean retryable, int status, String error) {

        static Outcome of(int status) {
            boolean ok = status >= 200 && status < 300;
            boolean retry = status == 408 || status == 429 || status >= 500;
            return new Outcome(ok, retry, status, ok ? null : "answered " + status);
        }

        static Outcome noAnswer(String error) {
            return new Outcome(false, true, 0, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error);
        }
    }

    Mono<Outcome> send(Webhook webhook, Delivery delivery) {
        Optional<String> refused = urls.refusal(webhook.url());
        if (refused.isPresent()) {
            return Mono.just(new Outcome(false, false, 0, "url refused: " + refused.get()));
        }
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(settings.timeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("User-Agent", "Latih-Webhooks/1")
                .header(EVENT_ID_HEADER, delivery.eventId())
                .header(Signatures.HEADER, Signatures.header(webhook.secret(), now, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
        return Mono.fromFuture(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> Outcome.of(response.statusCode()))
                .onErrorResume(HttpTimeoutException.class, e -> Mono.just(Outcome.noAnswer("timed out")))
                .onErrorResume(e -> Mono.just(Outcome.noAnswer("no answer: " + e.getClass().getSimpleName())));
    }
}
