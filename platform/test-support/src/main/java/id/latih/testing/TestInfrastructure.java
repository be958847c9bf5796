package id.latih.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.function.Function;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The broker and the store the integration tests run against, started once per test JVM. Where a Docker engine
 * answers, real MongoDB (single-node replica set) and Apache Kafka containers; elsewhere a real Kafka broker in
 * KRaft mode in this JVM and the MongoDB-wire-compatible stand-in. {@code -Dlatih.test.infrastructure=containers}
 * (the {@code containers} Maven profile) demands the containers and fails without Docker.
 */
public final class TestInfrastructure {

    public static final int PARTITIONS = 12;

    private static Endpoints endpoints;

    private TestInfrastructure() {
    }

    public record Endpoints(String kafkaBrokers, Function<String, String> mongoUriOf, String kind) {

        public String mongoUri(String database) {
            return mongoUriOf.apply(database);
        }
    }

    public static synchronized Endpoints get() {
        if (endpoints == null) {
            endpoints = useContainers() ? containers() : embedded();
        }
        return endpoints;
    }

    private static boolean useContainers() {
        String wanted = System.getProperty("latih.test.infrastructure", "auto");
        boolean docker = dockerAvailable();
        if ("containers".equals(wanted) && !docker) {
            throw new IllegalStateException("-Pcontainers needs a Docker engine, and none answers");
        }
        return !"embedded".equals(wanted) && docker;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Endpoints embedded() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        // Consumers use the KIP-848 group protocol; a short heartbeat lets them get their partitions quickly.
        kafka.brokerProperties(Map.of("group.consumer.min.heartbeat.interval.ms", "500",
                "group.consumer.heartbeat.interval.ms", "500"));
        kafka.afterPropertiesSet();
        MongoServer store = new MongoServer(new MemoryBackend());
        InetSocketAddress address = store.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.shutdownNow();
            kafka.destroy();
        }));
        return new Endpoints(kafka.getBrokersAsString(), database -> "mongodb://127.0.0.1:" + address.getPort()
                + "/" + database, "embedded Kafka (KRaft) + MongoDB wire stand-in");
    }

    private static Endpoints containers() {
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        mongo.start();
        kafka.start();
        return new Endpoints(kafka.getBootstrapServers(), mongo::getReplicaSetUrl,
                "MongoDB and Apache Kafka containers");
    }
}
