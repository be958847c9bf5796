package id.latih.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EmployeeRegistered;
import id.latih.events.TrainingCompleted;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvaluationServiceIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void a_completed_training_opens_one_evaluation_with_its_follow_up_date() {
        TrainingCompleted completed = new TrainingCompleted(UUID.randomUUID(), Instant.now(), "3273.DINKES",
                "E-" + UUID.randomUUID(), "P-1", "198503152010011001", "M.05", 24, LocalDate.of(2026, 5, 8));
        String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");

        TestKafka.send("latih.enrollments.events", completed);
        TestKafka.send("latih.enrollments.events", completed);

        String id = "EV-" + completed.enrollmentId();
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/" + id, admin).status() == 200);
        assertThat(http().get("/api/evaluations/" + id, admin).body().get("behaviourCheckDue").asString())
                .isEqualTo("2026-08-08");
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> http().get(
                "/api/evaluations?nip=198503152010011001&size=100", admin).body().findValuesAsString("enrollmentId")
                .stream().filter(completed.enrollmentId()::equals).count() == 1);
        assertThat(http().get("/api/evaluations/" + id, TestTokens.token("3204.DINKES", "AGENCY_ADMIN")).status())
                .isEqualTo(404);
    }

    @Test
    void bodies_over_the_limit_unknown_paths_and_rejected_paths_are_answered_with_problems() {
        String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");

        Response oversized = http().post("/api/evaluations", admin, "{\"x\": \"" + "x".repeat(70_000) + "\"}");
        Response unknown = http().get("/api/evaluations/a/b/c", admin);
        Response rejected = http().get("/api/evaluations/..;/x", admin);
        Response wrongMethod = http().post("/api/evaluations", admin, "{}");

        assertThat(oversized.status()).isEqualTo(413);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(wrongMethod.status()).isEqualTo(405);
        for (Response problem : List.of(oversized, unknown, rejected, wrongMethod)) {
            assertThat(problem.contentType()).startsWith("application/problem+json");
            assertThat(problem.body().get("type").asString()).startsWith("https://latih.id/problems/");
        }
    }

    @Test
    void an_employee_reads_their_own_evaluation_but_a_colleagues_is_not_found() {
        TrainingCompleted own = completed("198503152010012101");
        TrainingCompleted colleagues = completed("198503152010011102");
        TestKafka.send("latih.enrollments.events", own);
        TestKafka.send("latih.enrollments.events", colleagues);
        String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/EV-" + colleagues.enrollmentId(), admin)
                .status() == 200 && http().get("/api/evaluations/EV-" + own.enrollmentId(), admin).status() == 200);
        String employee = TestTokens.employeeToken("3273.DINKES", own.nip());

        assertThat(http().get("/api/evaluations/EV-" + own.enrollmentId(), employee).status()).isEqualTo(200);
        assertThat(http().get("/api/evaluations/EV-" + colleagues.enrollmentId(), employee).status()).isEqualTo(404);
        assertThat(http().get("/api/evaluations", employee).body().findValuesAsString("nip")).containsOnly(own.nip());
    }

    @Test
    void a_supervisor_reads_the_evaluations_of_their_staff_and_no_one_elses() {
        String kabid = "197801012005011201";
        TrainingCompleted staff = completed("198503152010012202");
        TrainingCompleted other = completed("198503152010011203");
        TestKafka.send("latih.needs.events", new EmployeeRegistered(UUID.randomUUID(), Instant.now(), "3273.DINKES",
                staff.nip(), "Siti", "PNS", "Analis", "PELAKSANA", kabid, 1));
        TestKafka.send("latih.enrollments.events", staff);
        TestKafka.send("latih.enrollments.events", other);
        String supervisor = TestTokens.personToken("3273.DINKES", kabid, "SUPERVISOR");
        String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/EV-" + other.enrollmentId(), admin)
                .status() == 200);

        await().atMost(WAIT).until(() -> http().get("/api/evaluations/EV-" + staff.enrollmentId(), supervisor)
                .status() == 200);
        assertThat(http().get("/api/evaluations/EV-" + other.enrollmentId(), supervisor).status()).isEqualTo(404);
        assertThat(http().get("/api/evaluations", supervisor).body().findValuesAsString("nip"))
                .containsOnly(staff.nip());
    }

    private static TrainingCompleted completed(String nip) {
        return new TrainingCompleted(UUID.randomUUID(), Instant.now(), "3273.DINKES", "E-" + UUID.randomUUID(),
                "P-1", nip, "M.05", 24, LocalDate.of(2026, 5, 8));
    }
}
