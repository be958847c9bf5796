package id.latih.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Brings back an application that died (a crash, an out-of-memory kill, a {@code kill -9}) as an orchestrator
 * would, following each application's {@link RestartPolicy}. One line on the console per restart and one when it
 * gives up; the details are in the application's log.
 */
final class Supervisor {

    private final Path home;
    private final Supplier<List<String>> jvmOptions;
    private final Path logs;
    private final PrintStream console;
    private final Map<String, Watch> watches = new HashMap<>();

    Supervisor(Path home, Supplier<List<String>> jvmOptions, Path logs, PrintStream console) {
        this.home = home;
        this.jvmOptions = jvmOptions;
        this.logs = logs;
        this.console = console;
    }

    private static final class Watch {
        final RestartPolicy policy = RestartPolicy.standard();
        Instant restartAt;
        boolean gaveUp;
    }

    /** Looks at every application once: notices deaths, and restarts those whose wait is over. */
    void check(List<App> apps, Instant now) {
        for (App app : apps) {
            Watch watch = watches.computeIfAbsent(app.name(), name -> new Watch());
            if (watch.gaveUp || app.isAlive()) {
                continue;
            }
            if (watch.restartAt == null) {
                noticeDeath(app, watch, now);
            } else if (!now.isBefore(watch.restartAt)) {
                restart(app, watch);
            }
        }
    }

    private void noticeDeath(App app, Watch watch, Instant now) {
        Optional<Duration> wait = watch.policy.afterCrash(app.ranFor(now));
        Path log = logs.resolve(app.name() + ".log");
        if (wait.isEmpty()) {
            watch.gaveUp = true;
            console.printf("%s crashed %d times, each within %d s of starting; not restarting it. See %s%n",
                    app.name(), watch.policy.maxQuick(), watch.policy.quick().toSeconds(), log);
            return;
        }
        watch.restartAt = now.plus(wait.get());
        console.printf("%s exited (code %d); restarting it in %d s. See %s%n", app.name(), app.exitCode(),
                wait.get().toSeconds(), log);
    }

    private void restart(App app, Watch watch) {
        watch.restartAt = null;
        try {
            app.start(home, jvmOptions.get(), logs);
        } catch (IOException | RuntimeException e) {
            watch.gaveUp = true;
            console.printf("%s could not be restarted (%s); not trying again.%n", app.name(), e.getMessage());
        }
    }
}
