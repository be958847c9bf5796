package id.latih.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A downstream service for gateway tests: answers every request with what it received (path, query, headers) and
 * remembers each request, so a test can tell whether a request reached a service at all and what it carried.
 */
final class StubService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    private StubService(HttpServer server) {
        this.server = server;
    }

    /** An echoing service; {@code documents} maps a path (e.g. {@code /v3/api-docs}) to a fixed JSON answer. */
    static StubService start(Map<String, String> documents) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            StubService stub = new StubService(server);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String uri = exchange.getRequestURI().toString();
                stub.received.add(uri);
                String fixed = documents.get(exchange.getRequestURI().getPath());
                byte[] body;
                if (fixed != null) {
                    body = fixed.getBytes(StandardCharsets.UTF_8);
                } else {
                    ObjectNode echo = JSON.createObjectNode().put("uri", uri);
                    ObjectNode headers = echo.putObject("headers");
                    exchange.getRequestHeaders().forEach((name, values) ->
                            headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
                    body = JSON.writeValueAsBytes(echo);
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whether any request whose path and query contain {@code marker} reached this service. */
    boolean reached(String marker) {
        return received.stream().anyMatch(uri -> uri.contains(marker));
    }

    void stop() {
        server.stop(0);
    }
}
