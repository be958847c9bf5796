package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may record which evidence, and which evidence decides the current level the analysis compares. */
class AssessmentSourcesIT extends ServiceIntegrationTest {

    private static final String DINKES = "3273.DINKES";
    private final String admin = TestTokens.token(DINKES, "AGENCY_ADMIN");

    @Test
    void a_supervisor_assesses_only_their_own_staff_and_themselves_only_as_self() {
        String kabid = registered(null);
        String staff = registered(kabid);
        String colleague = registered(null);
        String supervisor = TestTokens.personToken(DINKES, kabid, "SUPERVISOR");

        assertThat(assess(supervisor, staff, "SUPERVISOR", 2).status()).isEqualTo(201);
        assertThat(assess(supervisor, colleague, "SUPERVISOR", 2).status()).isEqualTo(404);
        assertThat(assess(supervisor, kabid, "SUPERVISOR", 4).status()).isEqualTo(403);
        assertThat(assess(supervisor, staff, "ASSESSMENT_CENTER", 2).status()).isEqualTo(403);
        assertThat(assess(supervisor, kabid, "SELF", 4).status()).isEqualTo(201);
        assertThat(http().get("/api/employees/" + kabid, admin).body().get("assessments").findValuesAsString("method"))
                .containsExactly("SELF");
    }

    @Test
    void an_employee_records_only_a_self_assessment_of_themselves() {
        String siti = registered(null);
        String colleague = registered(null);
        String sitiToken = TestTokens.employeeToken(DINKES, siti);

        assertThat(assess(sitiToken, siti, "SELF", 3).status()).isEqualTo(201);
        Response asSupervisor = assess(sitiToken, siti, "SUPERVISOR", 5);
        assertThat(asSupervisor.status()).isEqualTo(403);
        assertThat(asSupervisor.body().get("type").asString()).isEqualTo("https://latih.id/problems/forbidden");
        assertThat(assess(sitiToken, siti, "PEER", 5).status()).isEqualTo(403);
        assertThat(assess(sitiToken, colleague, "SELF", 5).status()).isEqualTo(404);
        assertThat(http().get("/api/employees/" + siti, admin).body().get("assessments").size()).isEqualTo(1);
    }

    @Test
    void an_unknown_source_is_refused_naming_method() {
        Response refused = assess(admin, registered(null), "INTERVIEW", 3);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("method");
    }

    @Test
    void an_assessment_centre_result_decides_the_gap_over_a_newer_self_assessment() {
        String nip = registered(null);
        assertThat(assess(admin, nip, "ASSESSMENT_CENTER", 1, "2026-01-10").status()).isEqualTo(201);
        assertThat(assess(TestTokens.employeeToken(DINKES, nip), nip, "SELF", 4, "2026-03-10").status())
                .isEqualTo(201);

        Response needs = http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2026));

        assertThat(needs.status()).isEqualTo(200);
        assertThat(needs.body().get(0).get("currentLevel").asInt()).isEqualTo(1);
        assertThat(needs.body().get(0).get("source").asString()).isEqualTo("COMPETENCY_GAP:ASSESSMENT_CENTER");
    }

    private Response assess(String token, String nip, String source, int level) {
        return assess(token, nip, source, level, "2026-02-01");
    }

    private Response assess(String token, String nip, String source, int level, String on) {
        return http().post("/api/employees/" + nip + "/assessments", token, Map.of("competencyCode", "M.03",
                "assessedLevel", level, "method", source, "assessedOn", on));
    }

    private String registered(String supervisorNip) {
        String nip = TestNips.unique("198503152010011");
        Map<String, Object> body = new HashMap<>(Map.of("nip", nip, "name", "Siti Rahma", "employmentType", "PNS",
                "jobType", "ADMINISTRATOR", "positionTitle", "Pengadministrasi Umum"));
        if (supervisorNip != null) {
            body.put("supervisorNip", supervisorNip);
        }
        Response created = http().post("/api/employees", admin, body);
        if (created.status() == 409) {
            return registered(supervisorNip);
        }
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return nip;
    }

    @Test
    void the_required_level_comes_from_the_position_never_from_the_caller() {
        String nip = registered(null);
        Map<String, Object> body = new HashMap<>(Map.of("competencyCode", "M.02", "assessedLevel", 1,
                "method", "SUPERVISOR", "assessedOn", "2026-02-01"));

        Response recorded = http().post("/api/employees/" + nip + "/assessments", admin, body);
        body.put("requiredLevel", 5);
        Response disagreeing = http().post("/api/employees/" + nip + "/assessments", admin, body);
        body.remove("requiredLevel");
        body.put("competencyCode", "T.ZZ.01");
        Response undefined = http().post("/api/employees/" + nip + "/assessments", admin, body);

        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        assertThat(recorded.body().get("assessments").get(0).get("requiredLevel").asInt())
                .as("ADMINISTRATOR: level 3").isEqualTo(3);
        assertThat(disagreeing.status()).isEqualTo(400);
        assertThat(disagreeing.body().get("errors").get(0).get("field").asString()).isEqualTo("requiredLevel");
        assertThat(undefined.status()).isEqualTo(400);
        assertThat(undefined.body().get("errors").get(0).get("field").asString()).isEqualTo("competencyCode");
        assertThat(http().get("/api/employees/" + nip, admin).body().get("assessments").size()).isEqualTo(1);
    }
}
