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
import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded platform started exactly as a newcomer starts it ({@code java -jar latih-embedded.jar}), on ports of
 * its own, as separate processes. Tests reach it only through the gateway, with tokens from its issuer.
 *
 * <p>Or a platform that already runs elsewhere, e.g. the compose file's images: {@code -Dlatih.system.gateway=URL}
 * and {@code -Dlatih.system.token-endpoint=URL} (the issuer's client-credentials endpoint; each demo client's secret
 * is then expected to be {@code <client>-secret} there too). Scenarios that kill or read the launcher's processes are
 * skipped against such a platform.
 */
final class RunningPlatform implements AutoCloseable {

    static final int GATEWAY = 18080;
    static final int AUTH = 19000;

    private final Process launcher;
    private final Path work;
    private final Path output;
    private final Duration startup;
    private final String gatewayUrl;
    private final String tokenEndpoint;

    private RunningPlatform(Process launcher, Path work, Path output, Duration startup, String gatewayUrl,
                            String tokenEndpoint) {
        this.launcher = launcher;
        this.work = work;
        this.output = output;
        this.startup = startup;
        this.gatewayUrl = gatewayUrl;
        this.tokenEndpoint = tokenEndpoint;
    }

    static RunningPlatform start() throws IOException, InterruptedException {
        String externalGateway = System.getProperty("latih.system.gateway");
        if (externalGateway != null) {
            String tokenEndpoint = System.getProperty("latih.system.token-endpoint");
            if (tokenEndpoint == null) {
                throw new IllegalStateException("latih.system.gateway needs latih.system.token-endpoint too");
            }
            return new RunningPlatform(null, null, null, Duration.ZERO, externalGateway, tokenEndpoint);
        }
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
        return new RunningPlatform(launcher, work, output, Duration.between(began, Instant.now()),
                "http://localhost:" + GATEWAY, "http://localhost:" + AUTH + "/oauth2/token");
    }

    Duration startup() {
        return startup;
    }

    TestHttp gateway() {
        return new TestHttp(gatewayUrl);
    }

    /** A client-credentials token from the platform's authorization server (demo secrets are "<client>-secret"). */
    String token(String client) {
        return ClientCredentials.accessTokenAt(tokenEndpoint, client, client + "-secret");
    }

    /** What the launcher printed so far. */
    String console() throws IOException {
        requireLauncher();
        return Files.readString(output);
    }

    /** Kills one application's process at once, as an out-of-memory killer or {@code kill -9} would. */
    void kill(String application) throws Exception {
        requireLauncher();
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
        if (launcher == null) {
            return;
        }
        List<ProcessHandle> children = launcher.descendants().toList();
        launcher.destroy();
        assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).as("launcher stopped").isTrue();
        Thread.sleep(1000);
        assertThat(children).as("processes left behind").noneMatch(ProcessHandle::isAlive);
        assertThat(Files.readString(output)).contains("Latih stopped.");
        FileSystemUtils.deleteRecursively(work);
    }

    private void requireLauncher() {
        Assumptions.assumeTrue(launcher != null,
                "needs the embedded launcher's processes, not a platform running elsewhere");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
