package id.latih.embedded;

import java.util.Map;

/**
 * Where each part of the embedded platform listens. Every port follows {@code --port-base} (the gateway's port) at a
 * fixed offset, so a second instance needs only another base: the services on the next four, the authorization
 * server at +920, Kafka at +1012, its controller at +1013, the store at +18937 (base 8080 gives the familiar 8080-8084,
 * 9000, 9092, 9093 and 27017). Any port can still be set on its own.
 */
public record Ports(int gateway, int needs, int programs, int enrollments, int evaluations, int auth, int kafka,
             int kafkaController, int store) {

    public static final int DEFAULT_BASE = 8080;

    public Ports {
        int[] all = {gateway, needs, programs, enrollments, evaluations, auth, kafka, kafkaController, store};
        for (int port : all) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " is outside 1-65535; choose a lower --port-base"
                        + " or set that part's port explicitly");
            }
        }
    }

    public static Ports from(Map<String, String> options) {
        int base = port(options, "port-base", DEFAULT_BASE);
        return new Ports(base, base + 1, base + 2, base + 3, base + 4,
                port(options, "auth-port", base + 920), port(options, "kafka-port", base + 1012),
                port(options, "kafka-controller-port", base + 1013), port(options, "store-port", base + 18937));
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
