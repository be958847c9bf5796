package id.latih.enrollments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.enrollments.application.CheckInProperties;
import id.latih.events.ProgramDesign;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramSession;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CheckInIT extends EnrollmentScenario {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final String organiser = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    CheckInProperties checkIn;

    @Test
    void a_confirmed_participant_checks_in_once_with_the_current_code_of_the_running_session() {
        ProgramPublished program = withSessions();
        String nip = employees(1).get(0);
        String enrollmentId = enroll(program, nip).body().get("id").asString();
        String participant = TestTokens.employeeToken(DINKES, nip);

        Response code = codeOf(program, "S-NOW", organiser);
        Response first = checkIn(participant, code.body().get("code").asString());
        Response again = checkIn(participant, code.body().get("code").asString());

        assertThat(code.status()).isEqualTo(200);
        assertThat(code.body().get("sessionId").asString()).isEqualTo("S-NOW");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("attendance").get(0).get("sessionDate").asString())
                .as("the day the session started, also when it runs past midnight in Jakarta")
                .isEqualTo(now.minus(Duration.ofHours(1)).atZone(WIB).toLocalDate().toString());
        assertThat(first.body().get("attendance").get(0).get("present").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).isEqualTo("https://latih.id/problems/already-checked-in");
        assertThat(http().get("/api/enrollments/" + enrollmentId, admin).body().get("attendance")).hasSize(1);
    }

    @Test
    void expired_forged_and_other_sessions_codes_are_refused_and_record_nothing() {
        ProgramPublished program = withSessions();
        ProgramPublished other = withSessions();
        List<String> nips = employees(2);
        String enrollmentId = enroll(program, nips.get(0)).body().get("id").asString();
        String waitlisted = enroll(program, nips.get(1)).body().get("status").asString();
        String participant = TestTokens.employeeToken(DINKES, nips.get(0));
        String current = codeOf(program, "S-NOW", organiser).body().get("code").asString();
        String expired = checkIn.codes().issue(program.programId(), "S-NOW",
                now.minus(checkIn.rotation().multipliedBy(3))).code();
        String tomorrow = checkIn.codes().issue(program.programId(), "S-TOMORROW", now).code();
        String forged = current.substring(0, current.length() - 2) + (current.endsWith("AA") ? "BB" : "AA");
        String otherProgram = codeOf(other, "S-NOW", organiser).body().get("code").asString();

        assertRefused(checkIn(participant, expired), 409, "check-in-code-expired");
        assertRefused(checkIn(participant, tomorrow), 409, "session-not-running");
        assertRefused(checkIn(participant, forged), 400, "validation");
        assertThat(checkIn(participant, forged).body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertRefused(checkIn(participant, otherProgram), 409, "not-enrolled");
        assertThat(waitlisted).isEqualTo("WAITLISTED");
        assertRefused(checkIn(TestTokens.employeeToken(DINKES, nips.get(1)), current), 409, "not-confirmed");
        assertRefused(checkIn(admin, current), 409, "not-a-participant");
        assertThat(http().get("/api/enrollments/" + enrollmentId, admin).body().get("attendance")).isEmpty();
    }

    @Test
    void codes_are_given_only_to_the_organiser_and_only_while_the_session_runs() {
        ProgramPublished program = withSessions();

        assertRefused(codeOf(program, "S-TOMORROW", organiser), 409, "session-not-running");
        assertThat(codeOf(program, "S-NOW", admin).status()).isEqualTo(403);
        assertThat(codeOf(program, "S-UNKNOWN", organiser).status()).isEqualTo(404);
        assertThat(codeOf(program, "S-NOW", TestTokens.employeeToken(DINKES, "198503152010012999")).status())
                .isEqualTo(403);
    }

    /** One capacity seat; one session running now, one tomorrow. */
    private ProgramPublished withSessions() {
        Instant tomorrow = now.plus(Duration.ofDays(1));
        ProgramDesign design = new ProgramDesign(45, List.of(), List.of(
                new ProgramSession("S-NOW", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)),
                        "Aula", "", "Fasilitator"),
                new ProgramSession("S-TOMORROW", tomorrow, tomorrow.plus(Duration.ofHours(2)), "Aula", "",
                        "Fasilitator")),
                List.of(), List.of(), List.of(), List.of(), false, 0, 0, List.of(), 0, 0, 0, null);
        ProgramPublished program = new ProgramPublished(UUID.randomUUID(), Instant.now(), "3273.BKPSDM",
                "P-" + UUID.randomUUID(), "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 8, 1,
                now.minus(Duration.ofHours(1)).atZone(WIB).toLocalDate(), tomorrow.atZone(WIB).toLocalDate(),
                List.of(), design, 1, 1);
        TestKafka.send("latih.programs.events", program);
        await().atMost(WAIT).until(() -> http().get("/api/offerings", admin).body().findValuesAsString("programId")
                .contains(program.programId()));
        return program;
    }

    private Response codeOf(ProgramPublished program, String sessionId, String token) {
        return http().get("/api/offerings/" + program.programId() + "/sessions/" + sessionId + "/check-in-code",
                token);
    }

    private Response checkIn(String token, String code) {
        return http().post("/api/enrollments/check-ins", token, Map.of("code", code));
    }

    private static void assertRefused(Response response, int status, String type) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.body().get("type").asString()).isEqualTo("https://latih.id/problems/" + type);
    }
}
