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

/**
 * The cycle of one year, once, through every part: an agency registers and assesses an employee, the analysis
 * finds a need, the region's training centre sees it and publishes a program, the agency enrolls the employee,
 * attendance and completion follow, evaluation opens and the need is addressed. Only the gateway is called.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedPlatform.class)
class AnnualCycleIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String NIP = "199002142015031002";
    private static final String NEED = "N-" + LocalDate.now().getYear() + "-" + NIP + "-M.03";

    private static TestHttp gateway;
    private static String dinkes;
    private static String bkpsdm;
    private static String bogor;
    private static String enrollmentId;

    @BeforeAll
    static void start(RunningPlatform platform) {
        gateway = platform.gateway();
        dinkes = platform.token("dinkes-bandung");
        bkpsdm = platform.token("bkpsdm-bandung");
        bogor = platform.token("dinkes-bogor");
    }

    @Test
    @Order(1)
    void a_call_without_a_token_is_refused_at_the_gateway() {
        Response refused = gateway.get("/api/needs", null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(2)
    void an_assessed_gap_becomes_a_need_in_the_training_centres_backlog() {
        assertThat(gateway.post("/api/employees", dinkes, Map.of("nip", NIP, "name", "Budi Santoso",
                "employmentType", "PNS", "jobType", "PENGAWAS", "positionTitle", "Kepala Seksi Surveilans"))
                .status()).isEqualTo(201);
        assertThat(gateway.post("/api/employees/" + NIP + "/assessments", dinkes, Map.of("competencyCode", "M.03",
                "assessedLevel", 1, "requiredLevel", 2, "method", "SUPERVISOR",
                "assessedOn", LocalDate.now().toString())).status()).isEqualTo(201);

        Response analysis = gateway.post("/api/employees/" + NIP + "/needs-analysis", dinkes,
                Map.of("cycleYear", LocalDate.now().getYear()));

        assertThat(analysis.body().findValuesAsString("id")).containsExactly(NEED);
        await().atMost(EVENTUALLY).until(() -> gateway.get("/api/backlog", bkpsdm).body()
                .findValuesAsString("needId").contains(NEED));
    }

    @Test
    @Order(3)
    void a_program_for_the_need_is_offered_and_the_employee_enrolled_within_capacity() {
        Response program = gateway.post("/api/programs", bkpsdm, Map.of("title", "Komunikasi Efektif",
                "competencyCode", "M.03", "route", "BLENDED", "method", "WORKSHOP", "jp", 20, "capacity", 25,
                "startDate", LocalDate.now().toString(), "endDate", LocalDate.now().toString(),
                "needIds", List.of(NEED)));
        assertThat(program.status()).isEqualTo(201);
        String programId = program.body().get("id").asString();
        await().atMost(EVENTUALLY).until(() -> gateway.get("/api/offerings", dinkes).body()
                .findValuesAsString("programId").contains(programId));

        Response enrolled = gateway.post("/api/enrollments", dinkes, Map.of("programId", programId, "nip", NIP));

        assertThat(enrolled.status()).isEqualTo(201);
        enrollmentId = enrolled.body().get("id").asString();
        assertThat(gateway.post("/api/enrollments", dinkes, Map.of("programId", programId, "nip", NIP)).status())
                .isEqualTo(409);
    }

    @Test
    @Order(4)
    void attendance_and_completion_open_an_evaluation_and_address_the_need() {
        assertThat(gateway.post("/api/enrollments/" + enrollmentId + "/attendance", bkpsdm,
                Map.of("sessionDate", LocalDate.now().toString(), "present", true)).status()).isEqualTo(200);

        Response completed = gateway.post("/api/enrollments/" + enrollmentId + "/completion", bkpsdm, "{}");

        assertThat(completed.body().get("status").asString()).isEqualTo("COMPLETED");
        await().atMost(EVENTUALLY).until(() -> gateway.get("/api/evaluations", dinkes).body()
                .findValuesAsString("enrollmentId").contains(enrollmentId));
        await().atMost(EVENTUALLY).until(() -> gateway.get("/api/needs", dinkes).body()
                .findValuesAsString("status").contains("ADDRESSED"));
    }

    @Test
    @Order(5)
    void another_agencys_token_sees_none_of_it() {
        assertThat(gateway.get("/api/employees/" + NIP, bogor).status()).isEqualTo(404);
        assertThat(gateway.get("/api/needs", bogor).body().findValuesAsString("id")).doesNotContain(NEED);
        assertThat(gateway.get("/api/backlog", bogor).body().findValuesAsString("needId")).doesNotContain(NEED);
        assertThat(gateway.get("/api/enrollments/" + enrollmentId, bogor).status()).isEqualTo(404);
        assertThat(gateway.get("/api/enrollments", bogor).body().findValuesAsString("id")).doesNotContain(enrollmentId);
        assertThat(gateway.get("/api/evaluations", bogor).body().findValuesAsString("enrollmentId"))
                .doesNotContain(enrollmentId);
        assertThat(gateway.post("/api/employees/" + NIP + "/needs-analysis", bogor,
                Map.of("cycleYear", LocalDate.now().getYear())).status()).isEqualTo(404);
    }
}
