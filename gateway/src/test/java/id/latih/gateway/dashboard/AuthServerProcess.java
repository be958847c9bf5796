package id.latih.gateway.dashboard;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real authorization server with its demo people, started from its executable jar (a test dependency of the
 * gateway) in a process of its own: its servlet stack and configuration stay apart from the reactive gateway's.
 */
final class AuthServerProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Process process;
    private final int port;

    private AuthServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the server with the demo profile, latih-web allowed to return to {@code dashboardUri} from its origin. */
    static AuthServerProcess start(String dashboardUri, String dashboardOrigin) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", executableJar().getPath(),
                "--spring.profiles.active=demo", "--server.port=" + port,
                "--latih.security.issuer-uri=http://localhost:" + port,
                "--latih.auth.browser-origins=" + dashboardOrigin,
                "--spring.security.oauth2.authorizationserver.client.latih-web.registration.redirect-uris[0]="
                        + dashboardUri));
        File log = new File("target/auth-server-dashboard-test.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
        AuthServerProcess server = new AuthServerProcess(process, port);
        server.awaitReady(log);
        return server;
    }

    String issuer() {
        return "http://localhost:" + port;
    }

    private void awaitReady(File log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the authorization server stopped; see " + log.getAbsolutePath());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                        URI.create(issuer() + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the authorization server did not start within " + STARTUP);
    }

    private static URL executableJar() throws Exception {
        URL inJar = AuthServerProcess.class.getClassLoader()
                .getResource("BOOT-INF/classes/id/latih/auth/AuthServerApplication.class");
        if (inJar == null || !"jar".equals(inJar.getProtocol())) {
            throw new IllegalStateException("the auth-server's executable jar is not on the test class path");
        }
        String path = inJar.getPath();
        return URI.create(path.substring(0, path.indexOf("!/"))).toURL();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
