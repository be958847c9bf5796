package id.latih.embedded.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What one demo run measured and whether every invariant held. */
public record DemoReport(Duration wall, double eventsPublished, long requests, Map<String, Integer> counts,
                         Map<String, Long> peakResidentMegabytes, List<Check> checks) {

    /** One invariant: what it says, whether it held, and the figures that show it. */
    public record Check(String invariant, boolean holds, String detail) {
    }

    public boolean invariantsHold() {
        return checks.stream().allMatch(Check::holds);
    }

    void print(PrintStream out) {
        out.println();
        counts.forEach((what, n) -> out.printf("  %-45s %8d%n", what, n));
        double seconds = Math.max(0.001, wall.toMillis() / 1000.0);
        out.printf("%nWall time %.1f s; %d requests through the gateway (%.0f/s); %.0f events published (%.1f/s)%n",
                seconds, requests, requests / seconds, eventsPublished, eventsPublished / seconds);
        if (peakResidentMegabytes.isEmpty()) {
            out.println("Peak resident memory: not measured (the platform's processes are not on this machine)");
        } else {
            out.println("Peak resident memory (VmHWM) per process:");
            peakResidentMegabytes.forEach((p, mb) -> out.printf("  %-45s %6d MB%n", p, mb));
        }
        out.println("Invariants:");
        checks.forEach(c -> out.printf("  [%s] %s: %s%n", c.holds() ? "ok" : "FAILED", c.invariant(), c.detail()));
    }
}
