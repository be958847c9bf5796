package id.latih.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One of the platform's Spring Boot applications, run from its executable jar as its own process. */
public final class App {

    /** Longer than the applications' own shutdown phase timeout, so they normally finish by themselves. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final List<String> args;
    private ChildProcess process;
    private Instant startedAt;

    public App(String name, int port, List<String> args) {
        this.name = name;
        this.port = port;
        this.args = args;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    public static Path jarOf(Path home, String module) {
        return home.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT-exec.jar");
    }

    public void start(Path home, List<String> jvmOptions, Path logs) throws IOException {
        Path jar = jarOf(home, name);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./latih build)");
        }
        process = ChildProcess.jar(name, jvmOptions, jar, args, logs.resolve(name + ".log"));
        startedAt = Instant.now();
    }

    /** How long the current (or last) process of this application has been running, or ran. */
    Duration ranFor(Instant now) {
        return startedAt == null ? Duration.ZERO : Duration.between(startedAt, now);
    }

    int exitCode() {
        return process == null || process.isAlive() ? -1 : process.exitCode();
    }

    public void awaitHealthy(Instant deadline) throws InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; see its log");
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not become healthy in time");
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    public void stop() {
        requestStop();
        awaitStop();
    }

    void requestStop() {
        if (process != null) {
            process.requestStop();
        }
    }

    void awaitStop() {
        if (process != null) {
            process.awaitStop(STOP_GRACE);
        }
    }
}
