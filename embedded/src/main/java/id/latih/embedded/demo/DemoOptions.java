package id.latih.embedded.demo;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --scale small|middle|province} (staff per agency 20, 500, 66,667: 60, 1,500 and about 200,000
 * employees), or {@code --staff-per-agency N}; {@code --seed N} (default 1); {@code --port-base} as the platform
 * was started with (default 8080: the gateway there, the services on the next four ports, the authorization server
 * at +920); {@code --gateway} and {@code --auth} to name them directly.
 */
record DemoOptions(String scale, int staffPerAgency, long seed, int portBase, String gateway, String tokenEndpoint) {

    static DemoOptions parse(String... args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("usage: ./latih demo [--scale small|middle|province] [--seed N] "
                        + "[--staff-per-agency N] [--port-base 8080]");
            }
            int eq = a.indexOf('=');
            if (eq > 0) {
                o.put(a.substring(2, eq), a.substring(eq + 1));
            } else {
                o.put(a.substring(2), i + 1 < args.length ? args[++i] : "");
            }
        }
        String scale = o.getOrDefault("scale", "small");
        int staff = switch (scale) {
            case "small" -> 20;
            case "middle" -> 500;
            case "province" -> 66_667;
            default -> throw new IllegalArgumentException("--scale is small, middle or province, not " + scale);
        };
        if (o.containsKey("staff-per-agency")) {
            staff = Integer.parseInt(o.get("staff-per-agency"));
            if (staff < 2 || staff > 100_000) {
                throw new IllegalArgumentException("--staff-per-agency is 2 to 100000");
            }
            scale = staff + " per agency";
        }
        int base = Integer.parseInt(o.getOrDefault("port-base", "8080"));
        return new DemoOptions(scale, staff, Long.parseLong(o.getOrDefault("seed", "1")), base,
                o.getOrDefault("gateway", "http://localhost:" + base),
                o.getOrDefault("auth", "http://localhost:" + (base + 920)) + "/oauth2/token");
    }

    /** A service's own address (its actuator), by its place in {@link Demo#SERVICES}. */
    String service(int index) {
        return "http://localhost:" + (portBase + 1 + index);
    }
}
