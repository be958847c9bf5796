package id.latih.embedded.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's only way into the platform: HTTP through the gateway with client-credentials tokens from the
 * authorization server, and the services' actuator endpoints with the operator's token. A {@code 429} (the
 * gateway's per-agency rate limit) or {@code 503} (a service restarting) is waited out and asked again.
 */
final class DemoClient {

    record Response(int status, JsonNode body, String text) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String gateway;
    private final String tokenEndpoint;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();

    DemoClient(String gateway, String tokenEndpoint) {
        this.gateway = gateway;
        this.tokenEndpoint = tokenEndpoint;
    }

    long requests() {
        return requests.get();
    }

    /** A client-credentials token of a demo client, whose secret is {@code <client>-secret}. */
    String token(String client) {
        return tokens.computeIfAbsent(client, c -> {
            String form = "grant_type=client_credentials";
            String basic = java.util.Base64.getEncoder()
                    .encodeToString((c + ":" + c + "-secret").getBytes(StandardCharsets.UTF_8));
            Response r = send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (!r.ok()) {
                throw new IllegalStateException("No token for " + c + " (" + r.status() + "): is the auth-server "
                        + "running with its demo profile?");
            }
            return r.body().get("access_token").asString();
        });
    }

    Response get(String client, String path) {
        return send(request(gateway + path, client).GET());
    }

    Response post(String client, String path, Object body) {
        return post(client, path, body, null);
    }

    Response post(String client, String path, Object body, String idempotencyKey) {
        HttpRequest.Builder b = request(gateway + path, client).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b);
    }

    Response put(String client, String path, Object body) {
        return send(request(gateway + path, client).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Response postText(String client, String path, String contentType, String body) {
        return send(request(gateway + path, client).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** An absolute URL (a service's actuator) with a demo client's token. */
    Response getAbsolute(String client, String url) {
        return send(request(url, client).GET());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String url, String client) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token(client));
    }

    private Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        for (int attempt = 0; ; attempt++) {
            requests.incrementAndGet();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if ((r.statusCode() == 429 || r.statusCode() == 503) && attempt < 60) {
                    long wait = r.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Math.max(200, Math.min(wait, 5) * 1000));
                    continue;
                }
                JsonNode body = null;
                String text = r.body();
                if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                    body = JSON.readTree(text);
                }
                return new Response(r.statusCode(), body, text);
            } catch (IOException e) {
                if (attempt >= 5) {
                    throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
                }
                sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
