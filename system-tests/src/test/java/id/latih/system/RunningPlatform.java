package id.latih.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ClientCredentials;
import id.latih.testing.TestHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded platform started exactly as a newcomer starts it ({@code java -jar latih-embedded.jar}), on ports of
 * its own, as separate processes. Tests reach it only through the gateway, with tokens from its issuer.
 */
final class RunningPlatform implements AutoCloseable {

    static final int GATEWAY = 18080;
    static final int AUTH = 19000;

    private final Process launcher;
    private final Path work;
    private final Path output;
    private final Duration startup;

    private RunningPlatform(Process launcher, Path work, Path output, Duration startup) {
        this.launcher = launcher;
        this.work = work;
        this.output = output;
        this.startup = startup;
    }

    static RunningPlatform start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("latih.home", "..")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("latih-system");
        Path output = work.resolve("launcher.out");
        Instant began = Instant.now();
        // Every other port follows the base: the authorization server at +920 (19000), Kafka at 19092 and 19093.
        Process launcher = new ProcessBuilder(javaExecutable(), "-jar",
                home.resolve("embedded/target/latih-embedded.jar").toString(), "--home=" + home,
                "--data=" + work.resolve("data"), "--port-base=" + GATEWAY)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        Instant deadline = began.plus(Duration.ofMinutes(4));
        while (!Files.readString(output).contains("Latih is up")) {
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                launcher.destroy();
                throw new IllegalStateException("The platform did not start:\n" + Files.readString(output));
            }
            Thread.sleep(500);
        }
        return new RunningPlatform(launcher, work, output, Duration.between(began, Instant.now()));
    }

    Duration startup() {
        return startup;
    }

    TestHttp gateway() {
        return new TestHttp("http://localhost:" + GATEWAY);
    }

    /** A client-credentials token from the platform's authorization server (demo secrets are "<client>-secret"). */
    String token(String client) {
        return ClientCredentials.accessToken("http://localhost:" + AUTH, client, client + "-secret");
    }

    /** What the launcher printed so far. */
    String console() throws IOException {
        return Files.readString(output);
    }

    /** Kills one application's process at once, as an out-of-memory killer or {@code kill -9} would. */
    void kill(String application) throws Exception {
        String jar = application + "-0.1.0-SNAPSHOT-exec.jar";
        ProcessHandle victim = launcher.descendants()
                .filter(process -> process.info().commandLine().orElse("").contains(jar))
                .findFirst().orElseThrow(() -> new IllegalStateException("no process runs " + jar));
        victim.destroyForcibly();
        victim.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Stops the platform as Ctrl-C would and checks that none of its processes is left. */
    @Override
    public void close() throws Exception {
        List<ProcessHandle> children = launcher.descendants().toList();
        launcher.destroy();
        assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).as("launcher stopped").isTrue();
        Thread.sleep(1000);
        assertThat(children).as("processes left behind").noneMatch(ProcessHandle::isAlive);
        assertThat(Files.readString(output)).contains("Latih stopped.");
        FileSystemUtils.deleteRecursively(work);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
