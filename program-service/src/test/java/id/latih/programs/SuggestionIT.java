package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EvaluationCompleted;
import id.latih.events.NeedIdentified;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Programs suggested for a need: by fit to its level, then by measured learning gain. Agency 3276.DINKES is this test's. */
class SuggestionIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String AGENCY = "3276.DINKES";
    private final String designer = TestTokens.token(AGENCY, "PROGRAM_DESIGNER");

    @Test
    void the_closest_level_first_then_the_most_effective_and_a_program_below_the_level_not_at_all() {
        NeedIdentified need = new NeedIdentified(UUID.randomUUID(), Instant.now(), AGENCY,
                "N-2026-198503152010011001-M.04-" + UUID.randomUUID().toString().substring(0, 6),
                "198503152010011001", "M.04", "MANAJERIAL", 1, 3, "COMPETENCY_GAP:ASSESSMENT_CENTER", 2026, 1);
        TestKafka.send("latih.needs.events", need);
        String weak = publish("Hasil A", 3);
        String strong = publish("Hasil B", 3);
        String higher = publish("Hasil Lanjut", 4);
        publish("Hasil Dasar", 2);
        EvaluationCompleted strongEvaluation = evaluation(strong, 0.6);
        for (EvaluationCompleted e : List.of(evaluation(weak, 0.2), strongEvaluation, strongEvaluation,
                evaluation(higher, 0.9))) {
            TestKafka.send("latih.evaluations.events", e);
        }

        await().atMost(WAIT).until(() -> http().get("/api/backlog/" + need.needId() + "/suggestions", designer)
                .body().findValuesAsString("programId").equals(List.of(strong, weak, higher)));
        assertThat(http().get("/api/backlog/" + need.needId() + "/suggestions", designer).body().get(0)
                .get("meanLearningGain").asDouble()).isEqualTo(0.6);
        assertThat(http().get("/api/backlog/" + need.needId() + "/suggestions",
                TestTokens.token("3201.DINKES", "PROGRAM_DESIGNER")).status()).isEqualTo(404);
    }

    private String publish(String title, int level) {
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(15);
        return http().post("/api/programs", designer, Map.of("title", title, "competencyCode", "M.04",
                "route", "KLASIKAL", "method", "CLASS", "jp", 20, "capacity", 20, "startDate", start.toString(),
                "endDate", start.toString(), "targetCompetencies",
                List.of(Map.of("competencyCode", "M.04", "targetLevel", level)))).body().get("id").asString();
    }

    private static EvaluationCompleted evaluation(String programId, double gain) {
        return new EvaluationCompleted(UUID.randomUUID(), Instant.now(), AGENCY, "EV-" + UUID.randomUUID(),
                programId, 4.2, gain);
    }
}
