package id.latih.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> http().get("/api/evaluations", admin).body()
                .findValuesAsString("enrollmentId").stream().filter(completed.enrollmentId()::equals).count() == 1);
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
}
