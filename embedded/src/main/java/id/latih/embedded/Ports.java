package id.latih.embedded;

import java.util.Map;

/** Where each part of the embedded platform listens; every port can be moved with an option. */
public record Ports(int gateway, int needs, int programs, int enrollments, int evaluations, int auth, int kafka,
             int kafkaController, int store) {

    public static Ports from(Map<String, String> options) {
        int base = Integer.parseInt(options.getOrDefault("port-base", "8080"));
        return new Ports(base, base + 1, base + 2, base + 3, base + 4,
                port(options, "auth-port", 9000), port(options, "kafka-port", 9092),
                port(options, "kafka-controller-port", 9093), port(options, "store-port", 27017));
    }

    private static int port(Map<String, String> options, String name, int defaultPort) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(defaultPort)));
    }

    public String issuer() {
        return "http://localhost:" + auth;
    }

    public String brokers() {
        return "localhost:" + kafka;
    }

    public String storeUri(String database) {
        return "mongodb://localhost:" + store + "/" + database;
    }
}
