package id.latih.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.ProgramPublished;
import id.latih.events.TrainingNotCompleted;
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

/** Level 1 as participants meet it: their own questionnaire, once, soon after completion; the organiser's figures. */
class ReactionSurveyIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ORGANISER = "3273.BKPSDM";
    private static final String AGENCY = "3273.DINKES";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Test
    void participants_answer_once_and_the_organiser_reads_the_index_and_unnamed_comments() {
        String programId = aProgram();
        String ani = "198503152010012401";
        String budi = "198503152010011402";
        String aniFile = completed(programId, ani, TODAY);
        String budiFile = completed(programId, budi, TODAY.minusDays(2));

        Response first = answer(aniFile, ani, ratings(5, 4, 4, 3, 4), "Fasilitator menguasai materi");
        Response again = answer(aniFile, ani, ratings(1, 1, 1, 1, 1), null);
        answer(budiFile, budi, ratings(2, 3, 3, 2, 5), null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("reactionAnsweredAt").isNull()).isFalse();
        assertThat(again.status()).isEqualTo(409);
        Response report = http().get("/api/evaluations/programs/" + programId + "/report",
                TestTokens.token(ORGANISER, "PROGRAM_DESIGNER"));
        JsonNode reaction = report.body().get("reaction");
        // Ani 4.0, Budi 3.0: index 3.5 on a 1-5 scale; ORGANISATION (3 + 2) / 2 = 2.5.
        assertThat(reaction.get("index").asDouble()).isEqualTo(3.5);
        assertThat(reaction.get("respondents").asInt()).isEqualTo(2);
        assertThat(reaction.get("itemMeans").get("ORGANISATION").asDouble()).isEqualTo(2.5);
        assertThat(reaction.get("comments").get(0).asString()).isEqualTo("Fasilitator menguasai materi");
        assertThat(report.raw()).doesNotContain(ani).doesNotContain(budi);
        assertThat(http().get("/api/evaluations/" + aniFile, TestTokens.token(AGENCY, "AGENCY_ADMIN")).raw())
                .doesNotContain("Fasilitator");
    }

    @Test
    void no_one_answers_for_a_participant_and_no_one_who_did_not_complete_answers() {
        String programId = aProgram();
        String ani = "198503152010012411";
        String aniFile = completed(programId, ani, TODAY);
        TrainingNotCompleted dropped = new TrainingNotCompleted(UUID.randomUUID(), Instant.now(), AGENCY,
                "E-" + UUID.randomUUID(), programId, "198503152010011412", "attendance below 80%");
        TestKafka.send("latih.enrollments.events", dropped);
        String droppedFile = "EV-" + dropped.enrollmentId();
        String admin = TestTokens.token(AGENCY, "AGENCY_ADMIN");
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/" + droppedFile, admin).status() == 200);

        Response byAdmin = http().post("/api/evaluations/" + aniFile + "/reaction", admin,
                Map.of("ratings", ratings(5, 5, 5, 5, 5)));
        Response byColleague = answer(aniFile, "198503152010011413", ratings(5, 5, 5, 5, 5), null);
        Response byDropped = answer(droppedFile, dropped.nip(), ratings(5, 5, 5, 5, 5), null);

        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byColleague.status()).isEqualTo(404);
        assertThat(byDropped.status()).isEqualTo(409);
        assertThat(http().get("/api/evaluations/" + aniFile, admin).body().get("reactionAnsweredAt").isNull())
                .isTrue();
    }

    @Test
    void an_incomplete_answer_is_refused_naming_the_item_and_a_late_one_is_refused() {
        String programId = aProgram();
        String ani = "198503152010012421";
        String budi = "198503152010011422";
        String aniFile = completed(programId, ani, TODAY);
        String budiFile = completed(programId, budi, TODAY.minusDays(15));

        Response missing = answer(aniFile, ani, Map.of("RELEVANCE", 5), null);
        Response late = answer(budiFile, budi, ratings(4, 4, 4, 4, 4), null);
        Response longComment = answer(aniFile, ani, ratings(4, 4, 4, 4, 4), "x".repeat(2001));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("ratings.MATERIAL");
        assertThat(late.status()).isEqualTo(409);
        assertThat(longComment.status()).isEqualTo(400);
        assertThat(longComment.body().get("errors").get(0).get("field").asString()).isEqualTo("comments");
        assertThat(answer(aniFile, ani, ratings(4, 4, 4, 4, 4), null).status()).isEqualTo(201);
    }

    private Response answer(String fileId, String nip, Map<String, Integer> ratings, String comments) {
        Map<String, Object> body = comments == null ? Map.of("ratings", ratings)
                : Map.of("ratings", ratings, "comments", comments);
        return http().post("/api/evaluations/" + fileId + "/reaction", TestTokens.employeeToken(AGENCY, nip), body);
    }

    private static Map<String, Integer> ratings(int... r) {
        return Map.of("RELEVANCE", r[0], "MATERIAL", r[1], "FACILITATOR", r[2], "ORGANISATION", r[3],
                "FACILITIES", r[4]);
    }

    private String aProgram() {
        String programId = "P-" + UUID.randomUUID();
        TestKafka.send("latih.programs.events", new ProgramPublished(UUID.randomUUID(), Instant.now(), ORGANISER,
                programId, "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 24, 30, TODAY.minusDays(20),
                TODAY.minusDays(2), List.of(), 1));
        return programId;
    }

    private String completed(String programId, String nip, LocalDate on) {
        return CompletedTrainings.completed(http(), AGENCY, programId, nip, on);
    }
}
