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
 * are, restarts an application that dies (see {@link Supervisor}), and on Ctrl-C (or SIGTERM) stops them all,
 * leaving no process behind.
 *
 * <p>Options: {@code --home=DIR} (the repository, default the working directory), {@code --data=DIR} (default
 * {@code HOME/.latih/data}; one launcher per data folder), {@code --logs=DIR} (default {@code HOME/.latih/logs}, or
 * {@code DATA/logs} when {@code --data} is given), {@code --port-base=8080} and the ports derived from it (see
 * {@link Ports}): {@code --auth-port}, {@code --kafka-port}, {@code --kafka-controller-port}, {@code --store-port}.
 * JVM options for the applications come from {@code LATIH_JAVA_OPTS}.
 */
public final class Launcher {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final String DEFAULT_JAVA_OPTS =
            "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xms64m -Xmx320m -Dspring.jmx.enabled=false";
    /** One broker: topics cannot have the production defaults of three copies, two in sync. */
    private static final List<String> SINGLE_BROKER = List.of("--latih.kafka.replication-factor=1",
            "--latih.kafka.min-insync-replicas=1");
    /** On one machine, for trying and demonstrating: every trace is kept (production keeps a tenth by default). */
    private static final String EVERY_TRACE = "--latih.tracing.sampling=1.0";

    private final Path home;
    private final Path data;
    private final Path logs;
    private final Ports ports;
    private final List<App> apps = new ArrayList<>();
    private final Supervisor supervisor;
    private WireStore store;
    private KafkaBroker kafka;

    Launcher(Path home, Path data, Path logs, Ports ports) {
        this.home = home;
        this.data = data;
        this.logs = logs;
        this.ports = ports;
        this.supervisor = new Supervisor(home, Launcher::javaOptions, logs, System.out);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path home = Path.of(options.getOrDefault("home", ".")).toAbsolutePath().normalize();
        Path data = Path.of(options.getOrDefault("data", home.resolve(".latih/data").toString())).toAbsolutePath();
        Path logs = Path.of(options.getOrDefault("logs", options.containsKey("data") ? data.resolve("logs").toString()
                : home.resolve(".latih/logs").toString())).toAbsolutePath();
        DataFolderLock lock;
        Launcher launcher;
        try {
            lock = DataFolderLock.acquire(data);
            launcher = new Launcher(home, data, logs, Ports.from(options));
        } catch (RuntimeException | IOException e) {
            System.err.println("Latih did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        keepOwnLogsIn(Files.createDirectories(logs));
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
        lock.close();
    }

    /**
     * The store runs in this JVM and logs through it (a warning per odd command, a stack trace per failure); that
     * goes to {@code store.log} beside the applications' logs, so the console shows only what a person must act on.
     */
    private static void keepOwnLogsIn(Path logs) {
        System.setProperty("org.slf4j.simpleLogger.logFile", logs.resolve("store.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    }

    Duration start() throws IOException, InterruptedException {
        Instant began = Instant.now();
        Instant deadline = began.plus(START_TIMEOUT);
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
            List<String> args = new ArrayList<>(List.of("--server.port=" + service[1],
                    "--latih.kafka.brokers=" + ports.brokers(), "--spring.mongodb.uri=" + ports.storeUri(service[0]),
                    "--latih.security.issuer-uri=" + ports.issuer()));
            args.addAll(SINGLE_BROKER);
            args.add(EVERY_TRACE);
            services.add(new App(service[0], Integer.parseInt(service[1]), args));
        }
        services.add(new App("gateway", ports.gateway(), List.of("--server.port=" + ports.gateway(),
                "--latih.security.issuer-uri=" + ports.issuer(), "--latih.kafka.brokers=" + ports.brokers(),
                "--spring.mongodb.uri=" + ports.storeUri("gateway"),
                // One machine for development: webhooks may point at a receiver on it (docs/webhooks.md).
                "--latih.gateway.webhooks.allow-localhost=true",
                "--latih.services.needs=http://localhost:" + ports.needs(),
                "--latih.services.programs=http://localhost:" + ports.programs(),
                "--latih.services.enrollments=http://localhost:" + ports.enrollments(),
                "--latih.services.evaluations=http://localhost:" + ports.evaluations(), EVERY_TRACE)));
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
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            synchronized (this) {
                supervisor.check(apps, Instant.now());
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
