package id.latih.needs;

import static id.latih.needs.EmployeeFiles.aFile;
import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Importing staff from an agency's file: the report, all-or-nothing unless asked, idempotent, within the agency. */
@TestPropertySource(properties = "latih.needs.import.max-file-size=200KB")
class EmployeeImportIT extends ServiceIntegrationTest {

    private static final String DINKES = "3273.DINKES";
    private static final String UPDATED = "latih.needs.EmployeeUpdated.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String admin = TestTokens.token(DINKES, "AGENCY_ADMIN");

    @Test
    void a_good_xlsx_registers_every_row_and_the_report_lists_each_row_as_created() {
        String siti = aNip();
        String budi = aNip();

        Upload done = upload(aFile().staff(siti, "Siti Rahma").row(budi, "Budi Santoso", "PNS", "Pengawas",
                "Kepala Seksi", siti).xlsx(), "pegawai.xlsx", "", admin);

        assertThat(done.status()).as(done.raw()).isEqualTo(201);
        assertThat(done.body().get("format").asString()).isEqualTo("XLSX");
        assertThat(done.body().get("created").asLong()).isEqualTo(2);
        assertThat(http().get("/api/employees/" + budi, admin).body().get("supervisorNip").asString())
                .isEqualTo(siti);
        JsonNode rows = get(done.location() + "/rows", admin).get("items");
        assertThat(rows.get(1).get("row").asLong()).isEqualTo(3);
        assertThat(rows.get(1).get("outcome").asString()).isEqualTo("CREATED");
    }

    @Test
    void a_file_with_a_bad_row_changes_nothing_and_the_problem_names_the_row_and_the_field() {
        String good = aNip();
        byte[] file = aFile().staff(good, "Siti Rahma").staff("19850315", "Budi").csv(';');

        Upload refused = upload(file, "pegawai.csv", "", admin);

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("rows[3].nip");
        assertThat(refused.body().get("rejected").asLong()).isEqualTo(1);
        assertThat(http().get("/api/employees/" + good, admin).status()).isEqualTo(404);
        JsonNode report = get(refused.location(), admin);
        assertThat(report.get("status").asString()).isEqualTo("NOT_APPLIED");
        assertThat(report.get("created").asLong()).isZero();
    }

    @Test
    void accept_valid_imports_the_valid_rows_and_reports_the_rejected_ones() {
        String good = aNip();
        byte[] file = aFile().staff(good, "Siti Rahma").row(aNip(), "Budi", "PNS", "Kepala", "Staf", "").csv(',');

        Upload done = upload(file, "pegawai.csv", "acceptValid=true", admin);

        assertThat(done.status()).as(done.raw()).isEqualTo(201);
        assertThat(done.body().get("created").asLong()).isEqualTo(1);
        assertThat(done.body().get("rejected").asLong()).isEqualTo(1);
        assertThat(http().get("/api/employees/" + good, admin).status()).isEqualTo(200);
        JsonNode rejected = get(done.location() + "/rows?outcome=REJECTED", admin);
        assertThat(rejected.get("totalItems").asLong()).isEqualTo(1);
        assertThat(rejected.get("items").get(0).get("field").asString()).isEqualTo("jobType");
        assertThat(rejected.get("items").get(0).get("value").asString()).isEqualTo("Kepala");
    }

    @Test
    void importing_the_same_file_again_changes_and_announces_nothing_and_a_changed_row_is_announced_once() {
        String siti = aNip();
        String budi = aNip();
        assertThat(upload(aFile().staff(siti, "Siti Rahma").staff(budi, "Budi").xlsx(), "a.xlsx", "", admin)
                .status()).isEqualTo(201);

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            Upload again = upload(aFile().staff(siti, "Siti Rahma").staff(budi, "Budi").xlsx(), "a.xlsx", "", admin);
            Upload changed = upload(aFile().staff(siti, "Siti Rahma").staff(budi, "Budi Santoso").xlsx(), "b.xlsx",
                    "", admin);

            assertThat(again.body().get("unchanged").asLong()).isEqualTo(2);
            assertThat(again.body().get("created").asLong() + again.body().get("updated").asLong()).isZero();
            assertThat(changed.body().get("updated").asLong()).isEqualTo(1);
            assertThat(tap.awaitSubjects(UPDATED, 1, Duration.ofSeconds(30))).contains(budi);
            tap.readFor(Duration.ofSeconds(2));
            assertThat(tap.seen().stream().filter(r -> UPDATED.equals(EventTap.header(r, "ce_type")))
                    .map(r -> EventTap.header(r, "ce_subject")).filter(s -> s.equals(siti) || s.equals(budi))
                    .toList()).containsExactly(budi);
        }
    }

    @Test
    void the_work_unit_columns_set_the_unit_and_a_file_without_them_keeps_it() {
        String siti = aNip();
        EmployeeFiles withUnits = EmployeeFiles.withHeader("NIP", "Nama", "Jenis Kepegawaian", "Jenis Jabatan",
                "Jabatan", "Kode Unit Kerja", "Unit Kerja")
                .row(siti, "Siti Rahma", "PNS", "PELAKSANA", "Pengadministrasi Umum", "PKM-GARUDA", "Puskesmas Garuda");
        assertThat(upload(withUnits.csv(';'), "u.csv", "", admin).status()).isEqualTo(201);
        assertThat(get("/api/employees/" + siti, admin).get("unitCode").asString()).isEqualTo("PKM-GARUDA");

        Upload without = upload(aFile().staff(siti, "Siti Rahma").csv(';'), "a.csv", "", admin);

        assertThat(without.body().get("unchanged").asLong()).as(without.raw()).isEqualTo(1);
        assertThat(get("/api/employees/" + siti, admin).get("unitName").asString()).isEqualTo("Puskesmas Garuda");
        Upload bad = upload(EmployeeFiles.withHeader("NIP", "Nama", "Jenis Kepegawaian", "Jenis Jabatan", "Jabatan",
                "Kode Unit Kerja").row(aNip(), "Budi", "PNS", "PELAKSANA", "Staf", "PKM GARUDA!").csv(';'), "b.csv",
                "", admin);
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asString()).isEqualTo("rows[2].unitCode");
    }

    @Test
    void a_formula_in_a_cell_is_rejected_and_echoed_neutralised_in_the_problem_and_the_report() {
        Upload refused = upload(aFile().staff(aNip(), "=HYPERLINK(\"http://evil.example\",\"klik\")").csv(';'),
                "pegawai.csv", "", admin);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("rows[2].name");
        assertThat(refused.body().get("errors").get(0).get("reason").asString()).contains("'=HYPERLINK");
        JsonNode line = get(refused.location() + "/rows", admin).get("items").get(0);
        assertThat(line.get("value").asString()).startsWith("'=HYPERLINK");
    }

    @Test
    void mislabelled_empty_header_only_and_too_large_files_are_refused_with_a_problem() {
        Upload pdf = upload("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "pegawai.xlsx", "", admin);
        Upload empty = upload(new byte[0], "pegawai.csv", "", admin);
        Upload headerOnly = upload(aFile().csv(';'), "pegawai.csv", "", admin);
        Upload huge = upload(new byte[300 * 1024], "pegawai.csv", "", admin);

        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(pdf.body().get("errors").get(0).get("reason").asString()).contains("PDF");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(headerOnly.status()).isEqualTo(400);
        assertThat(headerOnly.body().get("errors").get(0).get("reason").asString()).contains("no data rows");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.contentType()).contains("application/problem+json");
    }

    @Test
    void a_multipart_upload_is_read_like_the_raw_body() {
        String nip = aNip();
        byte[] csv = aFile().staff(nip, "Siti Rahma").csv(';');
        String boundary = "latih" + System.nanoTime();
        byte[] body = concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + "pegawai.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8), csv,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        Upload done = send(HttpRequest.newBuilder(uri("/api/employee-imports"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(done.status()).as(done.raw()).isEqualTo(201);
        assertThat(done.body().get("fileName").asString()).isEqualTo("pegawai.csv");
        assertThat(http().get("/api/employees/" + nip, admin).status()).isEqualTo(200);
    }

    @Test
    void a_row_naming_another_agency_is_rejected() {
        byte[] file = EmployeeFiles.withHeader("NIP", "Nama", "Jenis Kepegawaian", "Jenis Jabatan", "Jabatan",
                "Kode Instansi").row(aNip(), "Siti", "PNS", "PELAKSANA", "Staf", "3201.DINKES")
                .row(aNip(), "Budi", "PNS", "PELAKSANA", "Staf", DINKES).csv(';');

        Upload refused = upload(file, "p.csv", "", admin);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("rejected").asLong()).isEqualTo(1);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("rows[2].agencyCode");
    }

    @Test
    void a_nip_another_agency_holds_requests_a_transfer_once_and_the_employee_stays_until_it_is_decided() {
        String bogorAdmin = TestTokens.token("3201.DINKES", "AGENCY_ADMIN");
        String asep = aNip();
        assertThat(upload(aFile().staff(asep, "Asep").csv(';'), "p.csv", "", bogorAdmin).status()).isEqualTo(201);
        byte[] file = aFile().staff(asep, "Asep Sunandar").staff(aNip(), "Budi").csv(';');

        Upload first = upload(file, "p.csv", "", admin);
        Upload again = upload(file, "p.csv", "", admin);

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(first.body().get("transfersRequested").asLong()).isEqualTo(1);
        assertThat(first.body().get("created").asLong()).isEqualTo(1);
        assertThat(again.body().get("transfersRequested").asLong()).isZero();
        assertThat(get(again.location() + "/rows?outcome=TRANSFER_PENDING", admin).get("items").get(0).get("nip")
                .asString()).isEqualTo(asep);
        JsonNode transfer = get("/api/employee-transfers/" + asep, bogorAdmin);
        assertThat(transfer.get("toAgency").asString()).isEqualTo(DINKES);
        assertThat(transfer.get("name").asString()).isEqualTo("Asep Sunandar");
        assertThat(http().get("/api/employees/" + asep, bogorAdmin).body().get("name").asString()).isEqualTo("Asep");
        assertThat(http().get("/api/employees/" + asep, admin).status()).isEqualTo(404);
    }

    @Test
    void only_the_agencys_admin_or_system_imports_and_reads_its_reports() {
        Upload done = upload(aFile().staff(aNip(), "Siti").csv(';'), "p.csv", "", admin);

        assertThat(upload(aFile().staff(aNip(), "Siti").csv(';'), "p.csv", "",
                TestTokens.token("3273.BKPSDM", "REGION_ANALYST")).status()).isEqualTo(403);
        assertThat(upload(aFile().staff(aNip(), "Siti").csv(';'), "p.csv", "",
                TestTokens.employeeToken(DINKES, aNip())).status()).isEqualTo(403);
        assertThat(http().get(done.location(), TestTokens.token("3201.DINKES", "AGENCY_ADMIN")).status())
                .isEqualTo(404);
        assertThat(http().get(done.location(), TestTokens.token(DINKES, "INTEGRATION")).status()).isEqualTo(200);
        JsonNode mine = http().get("/api/employee-imports?size=100", admin).body();
        assertThat(mine.get("items").findValuesAsString("id")).contains(done.body().get("id").asString());
        assertThat(http().get("/api/employee-imports", TestTokens.token("3201.DINKES", "AGENCY_ADMIN")).body()
                .get("items").findValuesAsString("id")).doesNotContain(done.body().get("id").asString());
    }

    record Upload(int status, JsonNode body, String contentType, String location, String raw) {
    }

    private Upload upload(byte[] content, String fileName, String query, String token) {
        String params = "fileName=" + fileName + (query.isEmpty() ? "" : "&" + query);
        return send(HttpRequest.newBuilder(uri("/api/employee-imports?" + params))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private Upload send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            return new Upload(response.statusCode(), raw.isEmpty() ? null : JSON.readTree(raw),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), raw);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String path, String token) {
        var response = http().get(path, token);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String aNip() {
        return TestNips.unique("19850315201001" + (1 + ThreadLocalRandom.current().nextInt(2)));
    }
}
