package id.latih.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.enrollments.domain.CertificateNumbers;
import id.latih.events.EventJson;
import id.latih.events.ProgramPublished;
import id.latih.events.TrainingCompleted;
import id.latih.testing.EventTap;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CertificatesIT extends EnrollmentScenario {

    private final String organiser = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Test
    void a_completion_carries_a_certificate_whose_pdf_its_agency_gets_and_whose_qr_code_opens_the_public_verification()
            throws Exception {
        String nip = employees(1).get(0);
        String enrollmentId = attendedEveryDay(nip);

        Response completed = http().post("/api/enrollments/" + enrollmentId + "/completion", organiser, "{}");
        String number = completed.body().get("certificateNumber").asString();
        HttpResponse<byte[]> pdf = pdf(number, admin);
        CertificatePdf read = CertificatePdf.read(pdf.body());
        Response verified = http().get(URI.create(read.qrCode()).getPath(), null);

        assertThat(CertificateNumbers.wellFormed(number)).contains(number);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(read.text()).contains(number, "Pelayanan Prima", "24 JP").doesNotContain(nip);
        assertThat(read.qrCode()).endsWith("/api/certificates/" + number + "/verification");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().get("name").asString()).startsWith("Pegawai");
        assertThat(verified.body().get("program").asString()).isEqualTo("Pelayanan Prima");
        assertThat(verified.body().get("startDate").asString()).isEqualTo(today.minusDays(1).toString());
        assertThat(verified.body().get("endDate").asString()).isEqualTo(today.toString());
        assertThat(verified.body().get("jp").asInt()).isEqualTo(24);
        assertThat(verified.raw()).doesNotContain(nip).doesNotContain(DINKES);
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.enrollments.events")) {
            TrainingCompleted done = EventJson.read(tap.await(r -> enrollmentId.equals(EventTap.header(r, "ce_subject"))
                    && "latih.enrollments.TrainingCompleted.v1".equals(EventTap.header(r, "ce_type")), 1, WAIT)
                    .get(0).value(), TrainingCompleted.class);
            assertThat(done.certificateNumber()).isEqualTo(number);
        }
    }

    @Test
    void forged_mistyped_and_unissued_numbers_all_get_the_same_404_and_nobody_outside_sees_the_pdf() throws Exception {
        String nip = employees(1).get(0);
        String enrollmentId = attendedEveryDay(nip);
        String number = http().post("/api/enrollments/" + enrollmentId + "/completion", organiser, "{}").body()
                .get("certificateNumber").asString();
        String mistyped = number.substring(0, 12) + (number.charAt(12) == 'A' ? 'B' : 'A') + number.substring(13);
        String unissued = CertificateNumbers.issue(today.getYear(), new Random(1));
        String elsewhere = TestTokens.token("3201.DINKES", "AGENCY_ADMIN");

        Response genuine = http().get("/api/certificates/" + number.toLowerCase() + "/verification", null);
        Response typo = http().get("/api/certificates/" + mistyped + "/verification", null);
        Response forged = http().get("/api/certificates/" + unissued + "/verification", null);
        Response garbage = http().get("/api/certificates/not-a-number/verification", null);

        assertThat(genuine.status()).isEqualTo(200);
        for (Response refused : new Response[] {typo, forged, garbage}) {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.body().get("type")).isEqualTo(forged.body().get("type"));
            assertThat(refused.body().get("detail")).isEqualTo(forged.body().get("detail"));
        }
        assertThat(pdf(number, elsewhere).statusCode()).isEqualTo(404);
        assertThat(pdf(number, null).statusCode()).isEqualTo(401);
        assertThat(pdf(number, TestTokens.employeeToken(DINKES, nip)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_participant_who_did_not_complete_gets_no_certificate() {
        String nip = employees(1).get(0);
        ProgramPublished program = program(5, 24, today.minusDays(1), today);
        String enrollmentId = enroll(program, nip).body().get("id").asString();
        http().post("/api/enrollments/" + enrollmentId + "/attendance", organiser,
                Map.of("sessionDate", today.toString(), "present", true));

        Response notCompleted = http().post("/api/enrollments/" + enrollmentId + "/completion", organiser, "{}");

        assertThat(notCompleted.body().get("status").asString()).isEqualTo("NOT_COMPLETED");
        assertThat(notCompleted.body().get("certificateNumber").isNull()).isTrue();
    }

    private String attendedEveryDay(String nip) {
        ProgramPublished program = program(5, 24, today.minusDays(1), today);
        String enrollmentId = enroll(program, nip).body().get("id").asString();
        for (LocalDate day : new LocalDate[] {today.minusDays(1), today}) {
            assertThat(http().post("/api/enrollments/" + enrollmentId + "/attendance", organiser,
                    Map.of("sessionDate", day.toString(), "present", true)).status()).isEqualTo(200);
        }
        return enrollmentId;
    }

    private HttpResponse<byte[]> pdf(String number, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/certificates/" + number));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
