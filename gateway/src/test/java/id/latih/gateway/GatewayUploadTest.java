package id.latih.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.latih.testing.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A file upload path passes bodies far over the JSON limit through to the service, up to its own limit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"latih.gateway.request.max-body-size=1KB", "latih.gateway.uploads[0].path=/api/employee-imports",
                "latih.gateway.uploads[0].max-body-size=3MB"})
class GatewayUploadTest {

    private static final HttpServer SERVICE = countingService();
    private final String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        String service = "http://127.0.0.1:" + SERVICE.getAddress().getPort();
        TestRoutes.allTo(registry, () -> service);
    }

    @AfterAll
    static void stop() {
        SERVICE.stop(0);
    }

    @Test
    void an_employee_file_of_two_megabytes_reaches_the_service_whole_whether_its_length_is_declared_or_not()
            throws Exception {
        byte[] file = new byte[2 * 1024 * 1024];

        HttpResponse<String> declared = send("/api/employee-imports", HttpRequest.BodyPublishers.ofByteArray(file));
        HttpResponse<String> chunked = send("/api/employee-imports",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(file)));

        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(declared.body()).isEqualTo("{\"received\":" + file.length + "}");
        assertThat(chunked.body()).isEqualTo("{\"received\":" + file.length + "}");
    }

    @Test
    void a_file_over_the_upload_limit_and_a_large_body_on_any_other_path_are_refused_with_413() throws Exception {
        HttpResponse<String> tooLarge = send("/api/employee-imports",
                HttpRequest.BodyPublishers.ofByteArray(new byte[4 * 1024 * 1024]));
        HttpResponse<String> command = send("/api/employees", HttpRequest.BodyPublishers.ofByteArray(new byte[4096]));

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(command.statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> send(String path, HttpRequest.BodyPublisher body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/octet-stream")
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServer countingService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                long received = exchange.getRequestBody().transferTo(java.io.OutputStream.nullOutputStream());
                byte[] body = ("{\"received\":" + received + "}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
