package id.latih.gateway.stream;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Server-Sent Events client as a dashboard would hold one: reads in its own thread, keeps what it got. */
final class SseClient implements AutoCloseable {

    record Sse(String id, String event, String data, String comment) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<Sse> received = new LinkedBlockingQueue<>();
    private final List<Sse> taken = new ArrayList<>();
    private final HttpResponse<java.io.InputStream> response;
    private final Thread reader;

    private SseClient(HttpResponse<java.io.InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(String url, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response = HTTP.send(request.GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            throw new IllegalStateException("stream refused: " + response.statusCode() + " " + body);
        }
        return new SseClient(response);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        received.add(new Sse(id, event, data.toString(), null));
                    }
                    id = null;
                    event = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    received.add(new Sse(null, null, null, line.substring(1)));
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).trim());
                }
            }
        } catch (Exception closed) {
            // the test closed the stream
        }
    }

    /** The next event with data (comments skipped), waiting up to the timeout; null when none came. */
    Sse next(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            Sse sse = received.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (sse == null) {
                return null;
            }
            taken.add(sse);
            if (sse.data() != null) {
                return sse;
            }
        }
    }

    /** Events until one whose data contains the text, all of them with data; fails after the timeout. */
    List<Sse> until(String text, Duration timeout) throws InterruptedException {
        List<Sse> events = new ArrayList<>();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            Sse sse = next(Duration.ofNanos(Math.max(1, until - System.nanoTime())));
            if (sse == null) {
                break;
            }
            events.add(sse);
            if (sse.data().contains(text)) {
                return events;
            }
        }
        throw new AssertionError("no event containing " + text + " within " + timeout + "; got " + events);
    }

    /** Whether a comment with the text (e.g. a heartbeat) arrived within the timeout. */
    boolean commentWithin(String text, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        if (taken.stream().anyMatch(sse -> text.equals(sse.comment()))) {
            return true;
        }
        while (System.nanoTime() < until) {
            Sse sse = received.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (sse == null) {
                return false;
            }
            taken.add(sse);
            if (text.equals(sse.comment())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        response.body().close();
    }
}
