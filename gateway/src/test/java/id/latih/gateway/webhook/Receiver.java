package id.latih.gateway.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A real HTTP receiver of webhook deliveries: answers each POST with the status its script gives for the attempt's
 * number (from 1), after an optional delay, and keeps every request it got.
 */
final class Receiver implements AutoCloseable {

    record Received(String signature, String eventId, String contentType, String body, long receivedAt) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile IntUnaryOperator statusOfCall;
    private volatile Duration delay = Duration.ZERO;

    private Receiver(IntUnaryOperator statusOfCall) {
        this.statusOfCall = statusOfCall;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", this::handle);
        server.start();
    }

    static Receiver answering(IntUnaryOperator statusOfCall) {
        return new Receiver(statusOfCall);
    }

    Receiver slowBy(Duration delay) {
        this.delay = delay;
        return this;
    }

    void answerFromNowOn(int status) {
        statusOfCall = call -> status;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    int calls() {
        return calls.get();
    }

    Received next(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int call = calls.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int status = statusOfCall.applyAsInt(call);
        received.add(new Received(exchange.getRequestHeaders().getFirst("Latih-Signature"),
                exchange.getRequestHeaders().getFirst("Latih-Event-Id"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body, System.currentTimeMillis()));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
