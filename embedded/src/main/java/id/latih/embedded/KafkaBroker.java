package id.latih.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller), run as its own process from the Kafka
 * jars on this module's classpath. Its log directory lives under the data folder, so topics survive a restart.
 */
public final class KafkaBroker implements AutoCloseable {

    private final ChildProcess process;
    private final String brokers;

    private KafkaBroker(ChildProcess process, String brokers) {
        this.process = process;
        this.brokers = brokers;
    }

    public static KafkaBroker start(Path dataDir, Path logs, Ports ports) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dataDir.resolve("kafka"));
        Path logDir = home.resolve("log");
        Path config = home.resolve("server.properties");
        Files.writeString(config, serverProperties(ports, logDir));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(config, logs);
        }
        ChildProcess process = ChildProcess.java("kafka", List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC"),
                "kafka.Kafka", List.of(config.toString()), logs.resolve("kafka.log"));
        return new KafkaBroker(process, ports.brokers());
    }

    private static void format(Path config, Path logs) throws IOException, InterruptedException {
        ChildProcess formatter = ChildProcess.java("kafka-format", List.of("-Xmx256m"), "kafka.tools.StorageTool",
                List.of("format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                logs.resolve("kafka-format.log"));
        if (formatter.waitFor(Duration.ofSeconds(60)) != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed; see " + logs.resolve("kafka-format.log"));
        }
    }

    /** Waits until the broker answers an admin request. */
    public void awaitReady(Instant deadline) throws InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited; see its log");
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("Kafka did not become ready in time");
    }

    private static String serverProperties(Ports ports, Path logDir) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + ports.kafkaController(),
                "listeners=PLAINTEXT://localhost:" + ports.kafka() + ",CONTROLLER://localhost:" + ports.kafkaController(),
                "advertised.listeners=PLAINTEXT://localhost:" + ports.kafka() + ",CONTROLLER://localhost:"
                        + ports.kafkaController(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDir,
                "num.partitions=12",
                // One node: every topic has one copy, and one copy is enough to accept a write.
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // Consumers use the KIP-848 group protocol; a short heartbeat lets a restarted service resume fast.
                "group.consumer.min.heartbeat.interval.ms=500",
                "group.consumer.heartbeat.interval.ms=1000",
                "") ;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
