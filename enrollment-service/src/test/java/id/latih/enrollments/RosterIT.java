package id.latih.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.ProgramPublished;
import id.latih.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterIT extends EnrollmentScenario {

    private final String organiser = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Test
    void one_bad_row_records_nothing_and_the_report_says_why_row_by_row() throws Exception {
        ProgramPublished program = program(2, 24, today.minusDays(1), today);
        List<String> nips = employees(4);
        String present = enrolled(program, nips.get(0));
        String absent = enrolled(program, nips.get(1));
        enrolled(program, nips.get(2));

        HttpResponse<String> refused = upload(program, today, false, organiser, "nip,present\n"
                + nips.get(0) + ",hadir\n" + nips.get(1) + ",tidak\n" + nips.get(2) + ",hadir\n" + nips.get(3)
                + ",hadir\n=1+2,ya\n");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body().split("\r\n")).containsExactly("line,nip,outcome,reason",
                "2,\"" + nips.get(0) + "\",NOT_RECORDED,\"another row was refused\"",
                "3,\"" + nips.get(1) + "\",NOT_RECORDED,\"another row was refused\"",
                "4,\"" + nips.get(2) + "\",REFUSED,\"the enrollment is WAITLISTED, not CONFIRMED\"",
                "5,\"" + nips.get(3) + "\",REFUSED,\"not enrolled in this program\"",
                "6,\"'=1+2\",REFUSED,\"not enrolled in this program\"");
        assertThat(attendance(present)).isEmpty();
        assertThat(attendance(absent)).isEmpty();
    }

    @Test
    void with_accept_valid_the_valid_rows_are_recorded_and_a_second_upload_of_the_same_day_is_refused()
            throws Exception {
        ProgramPublished program = program(5, 24, today.minusDays(1), today);
        List<String> nips = employees(3);
        String present = enrolled(program, nips.get(0));
        String absent = enrolled(program, nips.get(1));
        String roster = "nip;present\n" + nips.get(0) + ";ya\n" + nips.get(1) + ";0\n" + nips.get(2) + ";ya\n";

        HttpResponse<String> accepted = upload(program, today.minusDays(1), true, organiser, roster);
        HttpResponse<String> again = upload(program, today.minusDays(1), true, organiser, roster);

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("2,\"" + nips.get(0) + "\",RECORDED,\"present\"",
                "3,\"" + nips.get(1) + "\",RECORDED,\"absent\"", "4,\"" + nips.get(2) + "\",REFUSED");
        assertThat(attendance(present)).containsExactly(today.minusDays(1) + "=true");
        assertThat(attendance(absent)).containsExactly(today.minusDays(1) + "=false");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("attendance on " + today.minusDays(1) + " is already recorded");
    }

    @Test
    void a_future_day_another_agency_and_a_file_without_its_header_are_refused_whole() throws Exception {
        ProgramPublished program = program(5, 24, today.minusDays(1), today.plusDays(1));
        String nip = employees(1).get(0);
        String enrollmentId = enrolled(program, nip);
        String roster = "nip,present\n" + nip + ",ya\n";

        HttpResponse<String> future = upload(program, today.plusDays(1), false, organiser, roster);
        HttpResponse<String> foreign = upload(program, today, false, admin, roster);
        HttpResponse<String> headless = upload(program, today, false, organiser, nip + ",ya\n");

        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("sessionDate");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(headless.statusCode()).isEqualTo(400);
        assertThat(attendance(enrollmentId)).isEmpty();
    }

    private String enrolled(ProgramPublished program, String nip) {
        return enroll(program, nip).body().get("id").asString();
    }

    private List<String> attendance(String enrollmentId) {
        return http().get("/api/enrollments/" + enrollmentId, admin).body().get("attendance").valueStream()
                .map(a -> a.get("sessionDate").asString() + "=" + a.get("present").asBoolean()).toList();
    }

    private HttpResponse<String> upload(ProgramPublished program, LocalDate day, boolean acceptValid, String token,
                                        String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/offerings/"
                        + program.programId() + "/rosters?sessionDate=" + day + "&acceptValid=" + acceptValid))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
