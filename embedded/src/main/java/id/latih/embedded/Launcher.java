package id.latih.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the whole platform on one machine, no Docker: the store, a Kafka broker, the authorization server, the four
 * services and the gateway, each but the store as its own process. Waits until all are healthy, prints where they
 * are, and on Ctrl-C (or SIGTERM) stops them all, leaving no process behind.
 *
 * <p>Options: {@code --home=DIR} (the repository, default the working directory), {@code --data=DIR} (default
 * {@code HOME/.latih/data}), {@code --port-base=8080} (gateway; services on the next four), {@code --auth-port=9000},
 * {@code --kafka-port=9092}, {@code --kafka-controller-port=9093}, {@code --store-port=27017}. JVM options for the
 * applications come from {@code LATIH_JAVA_OPTS}.
 */
public final class Launcher {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final String DEFAULT_JAVA_OPTS =
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xms64m -Xmx320m -Dspring.jmx.enabled=false";

    private final Path home;
    private final Path data;
    private final Path logs;
    private final Ports ports;
    private final List<App> apps = new ArrayList<>();
    private WireStore store;
    private KafkaBroker kafka;

    Launcher(Path home, Path data, Ports ports) {
        this.home = home;
        this.data = data;
        this.logs = data.resolveSibling("logs");
        this.ports = ports;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        Map<String, String> options = options(args);
        Path home = Path.of(options.getOrDefault("home", ".")).toAbsolutePath().normalize();
        Path data = Path.of(options.getOrDefault("data", home.resolve(".latih/data").toString())).toAbsolutePath();
        Launcher launcher = new Launcher(home, data, Ports.from(options));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.stop();
            stopped.countDown();
        }, "latih-stop"));
        try {
            Duration took = launcher.start();
            System.out.println(Banner.text(launcher.ports, launcher.logs, took));
        } catch (RuntimeException | IOException e) {
            System.err.println("Latih did not start: " + e.getMessage());
            System.exit(1);
        }
        launcher.watch(stopped);
    }

    Duration start() throws IOException, InterruptedException {
        Instant began = Instant.now();
        Instant deadline = began.plus(START_TIMEOUT);
        Files.createDirectories(logs);
        System.out.println("Starting Latih: data in " + data + ", logs in " + logs);
        store = WireStore.start(data, ports.store());
        kafka = KafkaBroker.start(data, logs, ports);
        App auth = new App("auth-server", ports.auth(), List.of("--server.port=" + ports.auth(),
                "--spring.profiles.active=demo", "--latih.security.issuer-uri=" + ports.issuer()));
        auth.start(home, javaOptions(), logs);
        apps.add(auth);
        kafka.awaitReady(deadline);
        for (App app : services()) {
            app.start(home, javaOptions(), logs);
            apps.add(app);
        }
        for (App app : apps) {
            app.awaitHealthy(deadline);
            System.out.println("  " + app.name() + " is healthy on port " + app.port());
        }
        return Duration.between(began, Instant.now());
    }

    private List<App> services() {
        List<App> services = new ArrayList<>();
        String[][] owned = {{"needs-service", "" + ports.needs()}, {"program-service", "" + ports.programs()},
                {"enrollment-service", "" + ports.enrollments()}, {"evaluation-service", "" + ports.evaluations()}};
        for (String[] service : owned) {
            services.add(new App(service[0], Integer.parseInt(service[1]), List.of("--server.port=" + service[1],
                    "--latih.kafka.brokers=" + ports.brokers(), "--spring.mongodb.uri=" + ports.storeUri(service[0]),
                    "--latih.security.issuer-uri=" + ports.issuer())));
        }
        services.add(new App("gateway", ports.gateway(), List.of("--server.port=" + ports.gateway(),
                "--latih.security.issuer-uri=" + ports.issuer(),
                "--latih.services.needs=http://localhost:" + ports.needs(),
                "--latih.services.programs=http://localhost:" + ports.programs(),
                "--latih.services.enrollments=http://localhost:" + ports.enrollments(),
                "--latih.services.evaluations=http://localhost:" + ports.evaluations())));
        return services;
    }

    private static List<String> javaOptions() {
        String configured = System.getenv("LATIH_JAVA_OPTS");
        return Arrays.asList((configured == null || configured.isBlank() ? DEFAULT_JAVA_OPTS : configured).trim()
                .split("\\s+"));
    }

    /**
     * Stops everything: all applications at once (each finishes its work while Kafka and the store still run), then
     * Kafka, then the store.
     */
    synchronized void stop() {
        apps.forEach(App::requestStop);
        apps.forEach(App::awaitStop);
        apps.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
        System.out.println("Latih stopped.");
    }

    private void watch(CountDownLatch stopped) throws InterruptedException {
        while (!stopped.await(5, TimeUnit.SECONDS)) {
            synchronized (this) {
                apps.stream().filter(app -> !app.isAlive()).forEach(app ->
                        System.err.println(app.name() + " has exited; see " + logs.resolve(app.name() + ".log")));
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options look like --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
