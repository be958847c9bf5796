package id.latih.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.ProgramPublished;
import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Level 2 as an organiser works it: a program of the region's training centre (3273.BKPSDM) with participants of
 * 3273.DINKES; the centre enters the score sheet, reads the class's report, and a low gain goes back to needs.
 */
class LearningEvaluationIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ORGANISER = "3273.BKPSDM";
    private static final String PARTICIPANTS = "3273.DINKES";
    /** A program that ended lately: its evaluation window is open (the timed close would close an old one). */
    private static final LocalDate ENDED = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);

    private final String designer = TestTokens.token(ORGANISER, "PROGRAM_DESIGNER");

    @Test
    void the_organiser_enters_a_sheet_and_reads_both_gains_and_a_low_gain_recommends_a_follow_up() {
        Program p = aProgramWith("198503152010011301", "198503152010012302", "198503152010011303");

        Response sheet = http().post(p.scores(), designer, sheet(
                score(p.nip(0), 20, 60), score(p.nip(1), 80, 85), score(p.nip(2), 50, null)));

        assertThat(sheet.status()).isEqualTo(200);
        // Pairs: 20 -> 60 (g 0.5), 80 -> 85 (g 0.25). Class: pre 50, post 72.5: g 0.45; average of the two: 0.375.
        JsonNode learning = http().get(p.report(), designer).body().get("learning");
        assertThat(learning.get("participants").asInt()).isEqualTo(3);
        assertThat(learning.get("matchedPairs").asInt()).isEqualTo(2);
        assertThat(learning.get("classGain").asDouble()).isCloseTo(0.45, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(learning.get("averageIndividualGain").asDouble())
                .isCloseTo(0.375, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(learning.get("distribution").get("LOW").asInt()).isEqualTo(1);
        assertThat(http().get(p.report(), designer).raw()).doesNotContain(p.nip(0));
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.evaluations.events")) {
            JsonNode followUp = tap.await(r -> "latih.evaluations.FollowUpRecommended.v1".equals(
                    EventTap.header(r, "ce_type")) && new String(r.value()).contains(p.nip(1)), 1, WAIT)
                    .stream().map(r -> JSON.readTree(r.value())).findFirst().orElseThrow();
            assertThat(followUp.get("agencyCode").asString()).isEqualTo(PARTICIPANTS);
            assertThat(followUp.get("competencyCode").asString()).isEqualTo("M.05");
            assertThat(followUp.get("reason").asString()).isEqualTo("LOW_GAIN");
            assertThat(tap.readFor(Duration.ofSeconds(1)).stream().filter(r -> new String(r.value())
                    .contains(p.programId) || new String(r.value()).contains(p.nip(0))).toList()).isEmpty();
        }
    }

    @Test
    void post_tests_entered_later_keep_the_pre_tests_and_the_participants_agency_sees_each_gain() {
        Program p = aProgramWith("198503152010011311");
        http().post(p.scores(), designer, sheet(score(p.nip(0), 40, null)));

        http().post(p.scores(), designer, sheet(score(p.nip(0), null, 70)));

        JsonNode file = http().get("/api/evaluations/EV-" + p.enrollmentIds.get(0),
                TestTokens.token(PARTICIPANTS, "AGENCY_ADMIN")).body();
        assertThat(file.get("preTest").asInt()).isEqualTo(40);
        assertThat(file.get("postTest").asInt()).isEqualTo(70);
        assertThat(file.get("normalizedGain").asDouble()).isEqualTo(0.5);
        assertThat(file.get("followUpRecommended").asBoolean()).isFalse();
    }

    @Test
    void a_sheet_with_one_bad_line_is_refused_naming_the_line_and_changes_nothing() {
        Program p = aProgramWith("198503152010011321", "198503152010011322");

        Response outOfRange = http().post(p.scores(), designer, sheet(score(p.nip(0), 40, 70),
                score(p.nip(1), 40, 101)));
        Response stranger = http().post(p.scores(), designer, sheet(score(p.nip(0), 40, 70),
                score("199001012015031001", 40, 70)));
        Response twice = http().post(p.scores(), designer, sheet(score(p.nip(0), 40, 70), score(p.nip(0), 40, 71)));
        Response empty = http().post(p.scores(), designer, sheet());

        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(field(outOfRange)).isEqualTo("scores[1].postTest");
        assertThat(field(stranger)).isEqualTo("scores[1].nip");
        assertThat(field(twice)).isEqualTo("scores[1].nip");
        assertThat(field(empty)).isEqualTo("scores");
        assertThat(http().get(p.report(), designer).body().get("learning").get("withPreTest").asInt()).isZero();
    }

    @Test
    void only_the_organiser_enters_scores_analysts_read_the_report_and_participants_agencies_do_not() {
        Program p = aProgramWith("198503152010011331");
        String participantsAdmin = TestTokens.token(PARTICIPANTS, "AGENCY_ADMIN");
        String regionAnalyst = TestTokens.token(ORGANISER, "REGION_ANALYST");
        String otherRegion = TestTokens.token("3201.BKPSDM", "PROGRAM_DESIGNER");
        String employee = TestTokens.employeeToken(ORGANISER, "198503152010011399");

        assertThat(http().post(p.scores(), participantsAdmin, sheet(score(p.nip(0), 40, 70))).status())
                .isEqualTo(404);
        assertThat(http().post(p.scores(), regionAnalyst, sheet(score(p.nip(0), 40, 70))).status()).isEqualTo(403);
        assertThat(http().post(p.scores(), otherRegion, sheet(score(p.nip(0), 40, 70))).status()).isEqualTo(404);
        assertThat(http().get(p.report(), regionAnalyst).status()).isEqualTo(200);
        assertThat(http().get(p.report(), otherRegion).status()).isEqualTo(404);
        assertThat(http().get(p.report(), employee).status()).isEqualTo(403);
        assertThat(http().get(p.report(), designer).body().get("learning").get("withPreTest").asInt()).isZero();
    }

    @Test
    void a_spreadsheets_csv_export_is_accepted_and_a_score_over_100_in_it_is_refused() throws Exception {
        Program p = aProgramWith("198503152010011351", "198503152010011352");

        Response refused = postCsv(p.scores(), "nip;preTest;postTest\n" + p.nip(0) + ";40;70\n" + p.nip(1) + ";40;170\n");
        Response accepted = postCsv(p.scores(), "nip,preTest,postTest\n" + p.nip(0) + ",40,70\n" + p.nip(1) + ",100,\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(field(refused)).isEqualTo("scores[1].postTest");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("withPreTest").asInt()).isEqualTo(2);
        assertThat(accepted.body().get("matchedPairs").asInt()).isEqualTo(1);
        assertThat(accepted.body().get("classGain").asDouble()).isEqualTo(0.5);
    }

    @Test
    void a_participation_not_completed_opens_a_file_counted_apart_in_the_report() {
        Program p = aProgramWith("198503152010011341");
        TrainingNotCompleted dropped = new TrainingNotCompleted(UUID.randomUUID(), Instant.now(), PARTICIPANTS,
                "E-" + UUID.randomUUID(), p.programId, "198503152010011342", "attendance below 80%");

        TestKafka.send("latih.enrollments.events", dropped);

        await().atMost(WAIT).until(() -> http().get(p.report(), designer).body().get("learning")
                .get("participants").asInt() == 2);
        JsonNode learning = http().get(p.report(), designer).body().get("learning");
        assertThat(learning.get("notCompleted").asInt()).isEqualTo(1);
        assertThat(http().get("/api/evaluations/EV-" + dropped.enrollmentId(),
                TestTokens.token(PARTICIPANTS, "AGENCY_ADMIN")).body().get("outcome").asString())
                .isEqualTo("NOT_COMPLETED");
    }

    private static final tools.jackson.databind.ObjectMapper JSON = new tools.jackson.databind.ObjectMapper();

    /** A program published by the organiser, with one completed participation per NIP already evaluated. */
    private Program aProgramWith(String... nips) {
        String programId = "P-" + UUID.randomUUID();
        TestKafka.send("latih.programs.events", new ProgramPublished(UUID.randomUUID(), Instant.now(), ORGANISER,
                programId, "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 24, 30, ENDED.minusDays(4),
                ENDED, List.of(), 1));
        List<String> enrollmentIds = new java.util.ArrayList<>();
        for (String nip : nips) {
            TrainingCompleted completed = new TrainingCompleted(UUID.randomUUID(), Instant.now(), PARTICIPANTS,
                    "E-" + UUID.randomUUID(), programId, nip, "M.05", 24, ENDED);
            enrollmentIds.add(completed.enrollmentId());
            TestKafka.send("latih.enrollments.events", completed);
        }
        Program program = new Program(programId, List.of(nips), enrollmentIds);
        await().atMost(WAIT).until(() -> {
            Response report = http().get(program.report(), designer);
            return report.status() == 200 && report.body().get("learning").get("participants").asInt() == nips.length;
        });
        return program;
    }

    private record Program(String programId, List<String> nips, List<String> enrollmentIds) {

        String nip(int i) {
            return nips.get(i);
        }

        String scores() {
            return "/api/evaluations/programs/" + programId + "/learning-scores";
        }

        String report() {
            return "/api/evaluations/programs/" + programId + "/report";
        }
    }

    private static Map<String, Object> score(String nip, Integer pre, Integer post) {
        Map<String, Object> line = new HashMap<>();
        line.put("nip", nip);
        line.put("preTest", pre);
        line.put("postTest", post);
        return line;
    }

    @SafeVarargs
    private static Map<String, Object> sheet(Map<String, Object>... lines) {
        return Map.of("scores", List.of(lines));
    }

    private Response postCsv(String path, String csv) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + designer).header("Content-Type", "text/csv")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), JSON.readTree(response.body()),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static String field(Response problem) {
        return problem.body().get("errors").get(0).get("field").asString();
    }
}
