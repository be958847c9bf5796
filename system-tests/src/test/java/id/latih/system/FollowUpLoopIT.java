package id.latih.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.testing.TestHttp;
import id.latih.testing.TestHttp.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The loop back from evaluation to needs, through the gateway only: an assessed gap becomes a need, the training
 * centre runs a program for it, the employee completes it, the organiser's score sheet shows a low learning gain, and
 * a follow-up need linked to the first appears in needs-service and in program-service's backlog. (The other half
 * of the loop, a supervisor's on-the-job rating resolving the need, cannot fall due on the day of completion: it is
 * proved by evaluation-service's and needs-service's own tests.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedPlatform.class)
class FollowUpLoopIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String NIP = "198807212012042003";
    private static final String TODAY = LocalDate.now().toString();
    private static final String NEED = "N-" + LocalDate.now().getYear() + "-" + NIP + "-M.05";
    private static final String FOLLOW_UP = NEED + "-FU";

    private static TestHttp gateway;
    private static String dinkes;
    private static String bkpsdm;
    private static String programId;

    @BeforeAll
    static void start(RunningPlatform platform) {
        gateway = platform.gateway();
        dinkes = platform.token("dinkes-bandung");
        bkpsdm = platform.token("bkpsdm-bandung");
    }

    @Test
    @Order(1)
    void a_gap_in_public_service_becomes_a_need_and_a_program_is_run_for_it() {
        assertThat(gateway.post("/api/employees", dinkes, Map.of("nip", NIP, "name", "Rina Marlina",
                "employmentType", "PNS", "jobType", "PELAKSANA", "positionTitle", "Petugas Pendaftaran Puskesmas"))
                .status()).isEqualTo(201);
        assertThat(gateway.put("/api/position-standards", dinkes, Map.of("positionTitle",
                "Petugas Pendaftaran Puskesmas", "requiredLevels", List.of(Map.of("competencyCode", "M.05",
                        "level", 3)))).status()).isIn(200, 201);
        assertThat(gateway.post("/api/employees/" + NIP + "/assessments", dinkes, Map.of("competencyCode", "M.05",
                "assessedLevel", 1, "method", "SUPERVISOR", "assessedOn", TODAY)).status())
                .isEqualTo(201);
        assertThat(gateway.post("/api/employees/" + NIP + "/needs-analysis", dinkes,
                Map.of("cycleYear", LocalDate.now().getYear())).body().findValuesAsString("id")).contains(NEED);
        await().atMost(EVENTUALLY).until(() -> gateway.get("/api/backlog", bkpsdm).body()
                .findValuesAsString("needId").contains(NEED));

        Response program = gateway.post("/api/programs", bkpsdm, Map.of("title", "Pelayanan Prima",
                "competencyCode", "M.05", "route", "KLASIKAL", "method", "WORKSHOP", "jp", 8, "capacity", 25,
                "startDate", TODAY, "endDate", TODAY, "needIds", List.of(NEED)));
        assertThat(program.status()).isEqualTo(201);
        programId = program.body().get("id").asString();
        await().atMost(EVENTUALLY).until(() -> gateway.get("/api/offerings", dinkes).body()
                .findValuesAsString("programId").contains(programId));
        Response enrolled = gateway.post("/api/enrollments", dinkes, Map.of("programId", programId, "nip", NIP));
        assertThat(enrolled.status()).isEqualTo(201);
        String enrollmentId = enrolled.body().get("id").asString();
        assertThat(gateway.post("/api/enrollments/" + enrollmentId + "/attendance", bkpsdm,
                Map.of("sessionDate", TODAY, "present", true)).status()).isEqualTo(200);

        Response completed = gateway.post("/api/enrollments/" + enrollmentId + "/completion", bkpsdm, "{}");

        assertThat(completed.body().get("status").asString()).isEqualTo("COMPLETED");
        await().atMost(EVENTUALLY).until(() -> gateway.get("/api/evaluations?nip=" + NIP, dinkes).body()
                .findValuesAsString("programId").contains(programId));
    }

    @Test
    @Order(2)
    void a_low_learning_gain_opens_a_follow_up_need_that_reaches_the_training_centres_backlog() {
        await().atMost(EVENTUALLY).until(() -> gateway.get("/api/evaluations/programs/" + programId + "/report",
                bkpsdm).status() == 200);

        // (55 - 50) / (100 - 50) = 0.1: below the low band's 0.3.
        Response sheet = gateway.post("/api/evaluations/programs/" + programId + "/learning-scores", bkpsdm,
                Map.of("scores", List.of(Map.of("nip", NIP, "preTest", 50, "postTest", 55))));

        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.body().get("classGain").asDouble()).isEqualTo(0.1);
        JsonNode file = gateway.get("/api/evaluations?nip=" + NIP + "&programId=" + programId, dinkes).body()
                .get("items").get(0);
        assertThat(file.get("followUpRecommended").asBoolean()).isTrue();
        await().atMost(EVENTUALLY).until(() -> gateway.get("/api/needs?nip=" + NIP + "&size=50", dinkes).body()
                .findValuesAsString("id").contains(FOLLOW_UP));
        JsonNode followUp = gateway.get("/api/needs?nip=" + NIP + "&size=50", dinkes).body().get("items")
                .valueStream().filter(n -> n.get("id").asString().equals(FOLLOW_UP)).findFirst().orElseThrow();
        assertThat(followUp.get("followUpOf").asString()).isEqualTo(NEED);
        assertThat(followUp.get("competencyCode").asString()).isEqualTo("M.05");
        assertThat(followUp.get("source").asString()).contains("LOW_GAIN");
        await().atMost(EVENTUALLY).until(() -> gateway.get("/api/backlog", bkpsdm).body()
                .findValuesAsString("needId").contains(FOLLOW_UP));
    }
}
