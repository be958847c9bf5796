package id.latih.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.ProgramPublished;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
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
import tools.jackson.databind.JsonNode;

/**
 * An organiser's own reaction questionnaire: published as versions, shown to its participants, answered against the
 * version they saw, and read together in the report. The organiser is another region's training centre than the
 * other tests use, so the default questionnaire stays theirs.
 */
class QuestionnaireIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ORGANISER = "3204.BKPSDM";
    private static final String AGENCY = "3204.DINKES";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private final String designer = TestTokens.token(ORGANISER, "PROGRAM_DESIGNER");

    @Test
    void participants_answer_the_version_they_were_shown_and_the_report_reads_both_versions() {
        Response v1 = http().post("/api/evaluations/questionnaires", designer, Map.of("scaleMax", 4,
                "commentMaxLength", 300, "items", List.of(
                        item("R1", "RELEVANCE", "Materi relevan dengan tugas saya"),
                        item("F1", "FACILITATOR", "Fasilitator menguasai materi"))));
        String programId = aProgram();
        String ani = "198503152010012901";
        String budi = "198503152010012902";
        String aniFile = CompletedTrainings.completed(http(), AGENCY, programId, ani, TODAY);
        String budiFile = CompletedTrainings.completed(http(), AGENCY, programId, budi, TODAY);
        JsonNode shownToAni = http().get("/api/evaluations/" + aniFile + "/questionnaire", participant(ani)).body();
        Response v2 = http().post("/api/evaluations/questionnaires", designer, Map.of("scaleMax", 5,
                "items", List.of(item("R2", "RELEVANCE", "Materi dapat langsung diterapkan"))));

        Response aniAnswer = http().post("/api/evaluations/" + aniFile + "/reaction", participant(ani),
                Map.of("questionnaireVersion", 1, "ratings", Map.of("R1", 4, "F1", 3), "comments", "Praktis"));
        Response budiAnswer = http().post("/api/evaluations/" + budiFile + "/reaction", participant(budi),
                Map.of("ratings", Map.of("R2", 4)));

        assertThat(v1.status()).isEqualTo(201);
        assertThat(v1.body().get("version").asInt()).isEqualTo(1);
        assertThat(v2.body().get("version").asInt()).isEqualTo(2);
        assertThat(shownToAni.get("version").asInt()).isEqualTo(1);
        assertThat(shownToAni.get("scaleMax").asInt()).isEqualTo(4);
        assertThat(shownToAni.get("aspects").findValuesAsString("aspect")).containsExactly("RELEVANCE", "FACILITATOR");
        assertThat(aniAnswer.status()).isEqualTo(201);
        assertThat(aniAnswer.body().get("reactionQuestionnaireVersion").asInt()).isEqualTo(1);
        assertThat(budiAnswer.body().get("reactionQuestionnaireVersion").asInt()).isEqualTo(2);
        // Ani (v1, 1-4): 4, 3 -> 3.5 = 87.5 %; Budi (v2, 1-5): 4 = 80 %. Percent of top 83.75; relevance
        // 4/4 = 100 % and 4/5 = 80 % -> 90 %; facilitator 3/4 = 75 %.
        JsonNode reaction = http().get("/api/evaluations/programs/" + programId + "/report", designer).body()
                .get("reaction");
        assertThat(reaction.get("percentOfTop").asDouble()).isEqualTo(83.75);
        assertThat(reaction.get("aspectPercents").get("RELEVANCE").asDouble()).isEqualTo(90.0);
        assertThat(reaction.get("aspectPercents").get("FACILITATOR").asDouble()).isEqualTo(75.0);
        assertThat(reaction.get("questionnaireVersions").valueStream().map(JsonNode::asInt).toList())
                .containsExactly(1, 2);
        assertThat(http().get("/api/evaluations/questionnaires/current", designer).body().get("version").asInt())
                .isEqualTo(2);
    }

    @Test
    void only_the_organisers_staff_publish_a_form_on_a_4_or_5_scale_and_answers_name_a_version_it_has() {
        Response byEmployee = http().post("/api/evaluations/questionnaires",
                TestTokens.employeeToken(ORGANISER, "198503152010012911"),
                Map.of("scaleMax", 5, "items", List.of(item("R1", "RELEVANCE", "Relevan"))));
        Response scaleOfThree = http().post("/api/evaluations/questionnaires", designer,
                Map.of("scaleMax", 3, "items", List.of(item("R1", "RELEVANCE", "Relevan"))));
        Response unknownAspect = http().post("/api/evaluations/questionnaires", designer,
                Map.of("scaleMax", 5, "items", List.of(item("C1", "CATERING", "Makan siang enak"))));
        Response longComments = http().post("/api/evaluations/questionnaires", designer,
                Map.of("scaleMax", 5, "commentMaxLength", 2001, "items", List.of(item("R1", "RELEVANCE", "R"))));
        String nip = "198503152010012912";
        String file = CompletedTrainings.completed(http(), AGENCY, aProgram(), nip, TODAY);
        Response unknownVersion = http().post("/api/evaluations/" + file + "/reaction", participant(nip),
                Map.of("questionnaireVersion", 99, "ratings", Map.of("R1", 4)));
        Response otherRegion = http().get("/api/evaluations/" + file + "/questionnaire",
                TestTokens.token("3273.DINKES", "AGENCY_ADMIN"));

        assertThat(byEmployee.status()).isEqualTo(403);
        assertThat(scaleOfThree.body().get("errors").get(0).get("field").asString()).isEqualTo("scaleMax");
        assertThat(unknownAspect.status()).isEqualTo(400);
        assertThat(longComments.body().get("errors").get(0).get("field").asString()).isEqualTo("commentMaxLength");
        assertThat(unknownVersion.body().get("errors").get(0).get("field").asString())
                .isEqualTo("questionnaireVersion");
        assertThat(otherRegion.status()).isEqualTo(404);
        assertThat(http().get("/api/evaluations/" + file, participant(nip)).body().get("reactionAnsweredAt")
                .isNull()).isTrue();
    }

    private static Map<String, String> item(String code, String aspect, String text) {
        return Map.of("code", code, "aspect", aspect, "text", text);
    }

    private static String participant(String nip) {
        return TestTokens.employeeToken(AGENCY, nip);
    }

    private String aProgram() {
        String programId = "P-" + UUID.randomUUID();
        TestKafka.send("latih.programs.events", new ProgramPublished(UUID.randomUUID(), Instant.now(), ORGANISER,
                programId, "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 24, 30, TODAY.minusDays(3), TODAY,
                List.of(), 1));
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/programs/" + programId + "/report", designer)
                .status() == 200);
        return programId;
    }
}
