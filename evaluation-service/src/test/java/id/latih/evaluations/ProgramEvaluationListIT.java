package id.latih.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.ProgramPublished;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A training centre's worklist: its programs' evaluations, latest first, with when each window ends. */
class ProgramEvaluationListIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** An organiser no other test uses: the store is shared by the test classes. */
    private static final String ORGANISER = "3275.BKPSDM";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private final String designer = TestTokens.token(ORGANISER, "PROGRAM_DESIGNER");

    @Test
    void the_organiser_lists_its_programs_latest_first_with_the_window_end_and_can_keep_to_the_open_ones() {
        String recent = aProgram(TODAY.minusDays(1));
        String older = aProgram(TODAY.minusDays(10));
        assertThat(http().post("/api/evaluations/programs/" + older + "/completion", designer, "{}").status())
                .isEqualTo(200);

        JsonNode all = http().get("/api/evaluations/programs", designer).body();
        JsonNode open = http().get("/api/evaluations/programs?open=true", designer).body();
        JsonNode byAnalyst = http().get("/api/evaluations/programs?size=100",
                TestTokens.token("3275.BAPPEDA", "REGION_ANALYST")).body();
        JsonNode byOtherRegion = http().get("/api/evaluations/programs?size=100",
                TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER")).body();

        assertThat(all.get("totalItems").asLong()).isEqualTo(2);
        assertThat(all.get("items").findValuesAsString("programId")).containsExactly(recent, older);
        JsonNode first = all.get("items").get(0);
        // No design: the check falls due 3 months after the end and is taken for 60 days.
        assertThat(first.get("evaluationClosesOn").asString())
                .isEqualTo(TODAY.minusDays(1).plusMonths(3).plusDays(60).toString());
        assertThat(first.get("evaluationClosed").asBoolean()).isFalse();
        assertThat(all.get("items").get(1).get("evaluationClosed").asBoolean()).isTrue();
        assertThat(open.get("items").findValuesAsString("programId")).containsExactly(recent);
        assertThat(byAnalyst.get("items").findValuesAsString("programId")).contains(recent, older);
        assertThat(byOtherRegion.get("items").findValuesAsString("programId")).doesNotContain(recent, older);
    }

    @Test
    void an_employee_is_refused_and_an_oversized_page_names_the_parameter() {
        assertThat(http().get("/api/evaluations/programs",
                TestTokens.employeeToken(ORGANISER, "198503152010013001")).status()).isEqualTo(403);
        assertThat(http().get("/api/evaluations/programs?size=101", designer).body().get("errors").get(0)
                .get("field").asString()).isEqualTo("size");
    }

    private String aProgram(LocalDate end) {
        String programId = "P-" + UUID.randomUUID();
        TestKafka.send("latih.programs.events", new ProgramPublished(UUID.randomUUID(), Instant.now(), ORGANISER,
                programId, "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 24, 30, end.minusDays(2), end,
                List.of(), 1));
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/programs/" + programId + "/report", designer)
                .status() == 200);
        return programId;
    }
}
