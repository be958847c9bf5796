package id.latih.needs;

import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The whole import in a running needs-service: a deterministic workbook uploaded over HTTP, every row checked, then
 * each employee written with its event, report lines stored. The store and the broker of the tests run in the same
 * JVM, so the heap figure includes them (every employee document and event is kept in that heap). Not part of the
 * build's tests; {@code bench/employee-import.sh --service} runs it. Prints lines starting "BENCH".
 */
class EmployeeImportServiceBench extends ServiceIntegrationTest {

    @Test
    void a_large_workbook_is_imported_through_the_api() throws Exception {
        int rows = Integer.getInteger("bench.rows", 20_000);
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path workbook = BenchWorkbook.write(dir.resolve("employees-" + rows + ".xlsx"), rows);
        String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");
        HeapSampler heap = new HeapSampler();
        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/employee-imports?fileName=employees.xlsx"))
                .header("Authorization", "Bearer " + admin).timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.ofFile(workbook)).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        heap.close();

        if (response.statusCode() != 201 || !response.body().contains("\"created\":" + rows)) {
            throw new AssertionError("import failed: " + response.statusCode() + " " + response.body());
        }
        System.out.printf("BENCH employee import through the API: %d rows, %.1f MB .xlsx, %.1f s, %.0f rows/s%n",
                rows, Files.size(workbook) / 1e6, seconds, rows / seconds);
        System.out.printf("BENCH heap: -Xmx %d MB, peak used %d MB (service, in-memory store and broker)%n",
                HeapSampler.maxMegabytes(), heap.peakMegabytes());
    }
}
