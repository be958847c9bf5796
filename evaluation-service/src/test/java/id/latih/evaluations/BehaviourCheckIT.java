package id.latih.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EmployeeRegistered;
import id.latih.events.TrainingCompleted;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Level 3 as a supervisor meets it: a to-do list of staff whose check is due, a rating that reaches needs. */
class BehaviourCheckIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String AGENCY = "3273.DINKES";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_supervisor_sees_due_checks_of_their_staff_and_a_rating_becomes_competency_observed() {
        String kabid = "197801012005011501";
        String due = staffOf(kabid, "198503152010012501");
        String notYetDue = staffOf(kabid, "198503152010012502");
        String expired = staffOf(kabid, "198503152010012503");
        String othersStaff = staffOf("197801012005011599", "198503152010012504");
        String dueFile = completed(due, TODAY.minusMonths(3));
        completed(notYetDue, TODAY.minusMonths(2));
        completed(expired, TODAY.minusMonths(3).minusDays(61));
        completed(othersStaff, TODAY.minusMonths(3));
        String supervisor = TestTokens.personToken(AGENCY, kabid, "SUPERVISOR");

        await().atMost(WAIT).until(() -> http().get("/api/evaluations/behaviour-checks", supervisor).body()
                .findValuesAsString("nip").contains(due));
        assertThat(http().get("/api/evaluations/behaviour-checks", supervisor).body().findValuesAsString("nip"))
                .containsExactly(due);
        Response rated = http().post("/api/evaluations/" + dueFile + "/behaviour", supervisor,
                Map.of("observedLevels", Map.of("M.05", 4)));
        Response again = http().post("/api/evaluations/" + dueFile + "/behaviour", supervisor,
                Map.of("observedLevels", Map.of("M.05", 2)));

        assertThat(rated.status()).isEqualTo(201);
        assertThat(rated.body().get("observedLevels").get("M.05").asInt()).isEqualTo(4);
        assertThat(again.status()).isEqualTo(409);
        assertThat(http().get("/api/evaluations/behaviour-checks", supervisor).body().findValuesAsString("nip"))
                .isEmpty();
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.evaluations.events")) {
            JsonNode observed = JSON.readTree(tap.await(r -> "latih.evaluations.CompetencyObserved.v1".equals(
                    EventTap.header(r, "ce_type")) && dueFile.equals(EventTap.header(r, "ce_subject")), 1, WAIT)
                    .get(0).value());
            assertThat(observed.get("nip").asString()).isEqualTo(due);
            assertThat(observed.get("competencyCode").asString()).isEqualTo("M.05");
            assertThat(observed.get("observedLevel").asInt()).isEqualTo(4);
        }
    }

    @Test
    void only_the_participants_supervisor_rates_and_a_level_off_the_scale_is_refused() {
        String kabid = "197801012005011511";
        String staff = staffOf(kabid, "198503152010012511");
        String file = completed(staff, TODAY.minusMonths(3));
        String supervisor = TestTokens.personToken(AGENCY, kabid, "SUPERVISOR");
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/" + file, supervisor).status() == 200);

        Response byAdmin = http().post("/api/evaluations/" + file + "/behaviour",
                TestTokens.token(AGENCY, "AGENCY_ADMIN"), Map.of("observedLevels", Map.of("M.05", 4)));
        Response byOtherSupervisor = http().post("/api/evaluations/" + file + "/behaviour",
                TestTokens.personToken(AGENCY, "197801012005011512", "SUPERVISOR"),
                Map.of("observedLevels", Map.of("M.05", 4)));
        Response byThemselves = http().post("/api/evaluations/" + file + "/behaviour",
                TestTokens.employeeToken(AGENCY, staff), Map.of("observedLevels", Map.of("M.05", 5)));
        Response offScale = http().post("/api/evaluations/" + file + "/behaviour", supervisor,
                Map.of("observedLevels", Map.of("M.05", 6)));
        Response badPage = http().get("/api/evaluations/behaviour-checks?size=1000", supervisor);

        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byOtherSupervisor.status()).isEqualTo(404);
        assertThat(byThemselves.status()).isEqualTo(403);
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(offScale.body().get("errors").get(0).get("field").asString()).isEqualTo("observedLevels.M.05");
        assertThat(badPage.body().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(http().get("/api/evaluations/" + file, supervisor).body().get("observedLevels").isNull()).isTrue();
    }

    private String staffOf(String supervisorNip, String nip) {
        TestKafka.send("latih.needs.events", new EmployeeRegistered(UUID.randomUUID(), Instant.now(), AGENCY, nip,
                "Siti", "PNS", "Analis", "PELAKSANA", supervisorNip, 1));
        return nip;
    }

    private String completed(String nip, LocalDate on) {
        TrainingCompleted completed = new TrainingCompleted(UUID.randomUUID(), Instant.now(), AGENCY,
                "E-" + UUID.randomUUID(), "P-" + UUID.randomUUID(), nip, "M.05", 24, on);
        TestKafka.send("latih.enrollments.events", completed);
        String fileId = "EV-" + completed.enrollmentId();
        String admin = TestTokens.token(AGENCY, "AGENCY_ADMIN");
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/" + fileId, admin).status() == 200);
        return fileId;
    }
}
