package id.latih.enrollments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.ProgramDesign;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramSession;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SiasnExportIT extends EnrollmentScenario {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final String organiser = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");

    @Test
    void the_agency_exports_its_completions_in_siasn_fields_with_the_certificate_number_and_nobody_else_does()
            throws Exception {
        Instant now = Instant.now();
        Instant first = now.minus(Duration.ofHours(26));
        Instant last = now.minus(Duration.ofHours(3));
        ProgramPublished program = held(first, last);
        String nip = employees(1).get(0);
        String enrollmentId = enroll(program, nip).body().get("id").asString();
        for (LocalDate day : List.of(first.atZone(WIB).toLocalDate(), last.atZone(WIB).toLocalDate())) {
            http().post("/api/enrollments/" + enrollmentId + "/attendance", organiser,
                    Map.of("sessionDate", day.toString(), "present", true));
        }
        String number = http().post("/api/enrollments/" + enrollmentId + "/completion", organiser, "{}").body()
                .get("certificateNumber").asString();
        int year = LocalDate.now(WIB).getYear();

        HttpResponse<String> own = export(admin, "?year=" + year + "&size=1000");
        HttpResponse<String> bogor = export(TestTokens.token("3201.DINKES", "AGENCY_ADMIN"), "?year=" + year);

        List<String> lines = Arrays.asList(own.body().split("\r\n"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(lines.get(0)).isEqualTo("nip,instansiId,jenisKursus,namaKursus,institusiPenyelenggara,"
                + "jumlahJam,tanggalKursus,tanggalSelesaiKursus,tahunKursus,nomorSertipikat,lokasi");
        assertThat(lines).contains(String.join(",", "\"" + nip + "\"", "\"3273.DINKES\"", "\"KLASIKAL/WORKSHOP\"",
                "\"Pelayanan Prima\"", "\"3273.BKPSDM\"", "\"24\"", "\"" + program.startDate() + "\"",
                "\"" + program.endDate() + "\"", "\"" + year + "\"", "\"" + number + "\"", "\"Aula BKPSDM\""));
        assertThat(Long.parseLong(own.headers().firstValue("X-Total-Count").orElseThrow()))
                .isEqualTo(lines.size() - 1);
        assertThat(bogor.statusCode()).isEqualTo(200);
        assertThat(bogor.body()).doesNotContain(nip);
    }

    @Test
    void the_organiser_an_employee_and_an_oversized_page_are_refused() throws Exception {
        assertThat(export(organiser, "").statusCode()).isEqualTo(403);
        assertThat(export(TestTokens.employeeToken(DINKES, "198503152010012999"), "").statusCode()).isEqualTo(403);
        assertThat(export(admin, "?size=1001").statusCode()).isEqualTo(400);
    }

    private ProgramPublished held(Instant first, Instant last) {
        ProgramDesign design = new ProgramDesign(45, List.of(), List.of(
                new ProgramSession("S-1", first, first.plus(Duration.ofHours(1)), "Aula BKPSDM", "", "Fasilitator"),
                new ProgramSession("S-2", last, last.plus(Duration.ofHours(1)), "Aula BKPSDM", "", "Fasilitator")),
                List.of(), List.of(), List.of(), List.of(), false, 0, 0, List.of(), 0, 0, 0, null);
        ProgramPublished program = new ProgramPublished(UUID.randomUUID(), Instant.now(), "3273.BKPSDM",
                "P-" + UUID.randomUUID(), "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 24, 5,
                first.atZone(WIB).toLocalDate(), last.atZone(WIB).toLocalDate(), List.of(), design, 1, 1);
        TestKafka.send("latih.programs.events", program);
        await().atMost(WAIT).until(() -> http().get("/api/offerings", admin).body().findValuesAsString("programId")
                .contains(program.programId()));
        return program;
    }

    private HttpResponse<String> export(String token, String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/enrollments/siasn-export" + query)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
