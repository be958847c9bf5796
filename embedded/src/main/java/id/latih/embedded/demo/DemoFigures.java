package id.latih.embedded.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the demo measures of the platform: events from the services' metrics, memory from the processes. */
final class DemoFigures {

    private static final java.util.regex.Pattern APPLICATION =
            java.util.regex.Pattern.compile("([a-z-]+)-[0-9.]+(-SNAPSHOT)?-exec\\.jar");

    private DemoFigures() {
    }

    /** Events the four services published so far: the sum of their {@code latih_events_published_total}. */
    static double eventsPublished(DemoClient api, DemoOptions options) {
        return sum(api, options, "latih_events_published_total");
    }

    /** The sum of one counter or gauge over the four services' Prometheus endpoints (operator token). */
    static double sum(DemoClient api, DemoOptions options, String metric) {
        double total = 0;
        for (int i = 0; i < Demo.SERVICES.length; i++) {
            DemoClient.Response r = api.getAbsolute(Demo.OPERATOR, options.service(i) + "/actuator/prometheus");
            if (!r.ok()) {
                throw new IllegalStateException(Demo.SERVICES[i] + " metrics: " + r.status());
            }
            for (String line : r.text().split("\n")) {
                if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                    total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return total;
    }

    /** Waits until no service has an event waiting in its outbox, so the counts that follow are final. */
    static void waitForQuietOutbox(DemoClient api, DemoOptions options) {
        Demo.eventually("outboxes drained", () -> sum(api, options, "latih_outbox_pending") == 0);
        DemoClient.sleep(3000); // consumers apply what was just relayed
    }

    /**
     * Peak resident memory (VmHWM) of each process of the platform on this machine: the launcher started with
     * this port base and its children, read from /proc. Empty where /proc is not there (not Linux) or the
     * platform runs elsewhere.
     */
    static Map<String, Long> peakResidentMemory(DemoOptions options) {
        Map<String, Long> peaks = new LinkedHashMap<>();
        Optional<ProcessHandle> launcher = ProcessHandle.allProcesses().filter(p -> {
            String line = p.info().commandLine().orElse("");
            return line.contains("latih-embedded.jar") && (line.contains("port-base=" + options.portBase())
                    || line.contains("port-base " + options.portBase())
                    || (options.portBase() == 8080 && !line.contains("port-base")));
        }).findFirst();
        launcher.ifPresent(l -> {
            peaks.put("launcher (store)", hwm(l.pid()));
            l.descendants().forEach(child -> {
                String line = child.info().commandLine().orElse("");
                java.util.regex.Matcher jar = APPLICATION.matcher(line);
                String name = jar.find() ? jar.group(1) : line.contains("kafka") ? "kafka" : "pid " + child.pid();
                peaks.put(name, hwm(child.pid()));
            });
        });
        return peaks;
    }

    private static long hwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
