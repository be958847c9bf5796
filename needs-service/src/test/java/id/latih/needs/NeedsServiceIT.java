package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EventJson;
import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import id.latih.events.TrainingCompleted;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NeedsServiceIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DINKES = "3273.DINKES";
    private final String admin = TestTokens.token(DINKES, "AGENCY_ADMIN");

    @Test
    void registering_an_employee_announces_it() {
        String nip = TestNips.unique("198503152010011");

        Response created = http().post("/api/employees", admin, employee(nip));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("agencyCode").asString()).isEqualTo(DINKES);
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            tap.await(r -> nip.equals(EventTap.header(r, "ce_subject"))
                    && "latih.needs.EmployeeRegistered.v1".equals(EventTap.header(r, "ce_type")), 1, WAIT);
        }
    }

    @Test
    void an_invalid_nip_is_refused_with_the_field_and_nothing_is_stored() {
        Response refused = http().post("/api/employees", admin, employee("198502302010011001"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("nip");
        assertThat(http().get("/api/employees/198502302010011001", admin).status()).isEqualTo(404);
    }

    @Test
    void an_unknown_employment_type_names_the_field() {
        Map<String, Object> body = new java.util.HashMap<>(employee(TestNips.unique("198503152010011")));
        body.put("employmentType", "HONORER");

        Response refused = http().post("/api/employees", admin, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("employmentType");
    }

    @Test
    void analysis_turns_a_gap_into_one_need_however_often_it_runs() {
        String nip = TestNips.unique("198503152010011");
        http().post("/api/employees", admin, employee(nip));
        http().post("/api/employees/" + nip + "/assessments", admin, Map.of("competencyCode", "M.05",
                "assessedLevel", 2, "method", "ASSESSMENT_CENTER", "assessedOn", "2026-02-01"));

        Response first = http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2026));
        http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2026));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get(0).get("competencyCode").asString()).isEqualTo("M.05");
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            NeedIdentified need = EventJson.read(tap.await(r -> ("N-2026-" + nip + "-M.05").equals(
                    EventTap.header(r, "ce_subject")), 1, WAIT).get(0).value(), NeedIdentified.class);
            assertThat(need.currentLevel()).isEqualTo(2);
            assertThat(need.requiredLevel()).isEqualTo(3);
            assertThat(need.version()).isEqualTo(1);
            await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> tap.seen().stream().filter(r ->
                    ("N-2026-" + nip + "-M.05").equals(EventTap.header(r, "ce_subject"))).count() == 1);
        }
    }

    @Test
    void another_agency_can_neither_see_nor_assess_the_employee() {
        String nip = TestNips.unique("198503152010011");
        http().post("/api/employees", admin, employee(nip));
        String otherAgency = TestTokens.token("3204.DINKES", "AGENCY_ADMIN");

        assertThat(http().get("/api/employees/" + nip, otherAgency).status()).isEqualTo(404);
        assertThat(http().post("/api/employees/" + nip + "/needs-analysis", otherAgency,
                Map.of("cycleYear", 2026)).status()).isEqualTo(404);
        assertThat(http().get("/api/employees/" + nip, admin).status()).isEqualTo(200);
    }

    @Test
    void an_employee_token_cannot_register_employees() {
        Response refused = http().post("/api/employees", TestTokens.token(DINKES, "EMPLOYEE"),
                employee(TestNips.unique("198503152010011")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asString()).isEqualTo("https://latih.id/problems/forbidden");
    }

    @Test
    void a_region_analyst_reads_an_agencys_employee_but_can_neither_assess_nor_analyse_them() {
        String nip = TestNips.unique("198503152010011");
        http().post("/api/employees", admin, employee(nip));
        String bkpsdm = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER", "REGION_ANALYST", "INTEGRATION");

        Response assess = http().post("/api/employees/" + nip + "/assessments", bkpsdm, assessment("M.02"));
        Response analyse = http().post("/api/employees/" + nip + "/needs-analysis", bkpsdm, Map.of("cycleYear", 2026));

        assertThat(http().get("/api/employees/" + nip, bkpsdm).status()).isEqualTo(200);
        assertThat(assess.status()).isEqualTo(403);
        assertThat(assess.contentType()).startsWith("application/problem+json");
        assertThat(assess.body().get("type").asString()).isEqualTo("https://latih.id/problems/forbidden");
        assertThat(analyse.status()).isEqualTo(403);
        assertThat(http().get("/api/employees/" + nip, admin).body().get("assessments").size()).isZero();
        assertThat(http().get("/api/needs", admin).body().findValuesAsString("nip")).doesNotContain(nip);
    }

    @Test
    void an_employee_sees_their_own_profile_and_needs_but_a_colleague_is_not_found() {
        String siti = TestNips.unique("198503152010012");
        String colleague = TestNips.unique("198503152010011");
        http().post("/api/employees", admin, employee(siti));
        http().post("/api/employees", admin, employee(colleague));
        for (String nip : new String[] {siti, colleague}) {
            http().post("/api/employees/" + nip + "/assessments", admin, assessment("M.04"));
            http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2026));
        }
        String sitiToken = TestTokens.employeeToken(DINKES, siti);

        assertThat(http().get("/api/employees/" + siti, sitiToken).status()).isEqualTo(200);
        Response other = http().get("/api/employees/" + colleague, sitiToken);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body().get("type").asString()).isEqualTo("https://latih.id/problems/not-found");
        assertThat(http().get("/api/needs", sitiToken).body().findValuesAsString("nip")).containsOnly(siti);
    }

    @Test
    void a_supervisor_reads_their_staff_but_not_other_employees() {
        String kabid = TestNips.unique("197801012005011");
        String staff = TestNips.unique("198503152010012");
        String notStaff = TestNips.unique("198503152010011");
        http().post("/api/employees", admin, employee(kabid));
        http().post("/api/employees", admin, employee(staff, kabid));
        http().post("/api/employees", admin, employee(notStaff));
        http().post("/api/employees/" + staff + "/assessments", admin, assessment("M.01"));
        http().post("/api/employees/" + notStaff + "/assessments", admin, assessment("M.01"));
        http().post("/api/employees/" + staff + "/needs-analysis", admin, Map.of("cycleYear", 2026));
        http().post("/api/employees/" + notStaff + "/needs-analysis", admin, Map.of("cycleYear", 2026));
        String supervisor = TestTokens.personToken(DINKES, kabid, "SUPERVISOR");

        Response read = http().get("/api/employees/" + staff, supervisor);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("supervisorNip").asString()).isEqualTo(kabid);
        assertThat(http().get("/api/employees/" + notStaff, supervisor).status()).isEqualTo(404);
        assertThat(http().get("/api/needs", supervisor).body().findValuesAsString("nip"))
                .contains(staff).doesNotContain(notStaff);
        assertThat(http().get("/api/employees/" + staff, TestTokens.employeeToken(DINKES, staff)).body()
                .get("supervisorNip").isNull()).isTrue();
    }

    @Test
    void a_completed_training_addresses_the_need_once() {
        String nip = TestNips.unique("198503152010011");
        http().post("/api/employees", admin, employee(nip));
        http().post("/api/employees/" + nip + "/assessments", admin, Map.of("competencyCode", "M.03",
                "assessedLevel", 1, "method", "SUPERVISOR", "assessedOn", "2026-01-10"));
        http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2026));
        TrainingCompleted completed = new TrainingCompleted(UUID.randomUUID(), Instant.now(), DINKES, "E-1",
                "P-1", nip, "M.03", 20, LocalDate.of(2026, 6, 1));

        TestKafka.send("latih.enrollments.events", completed);
        TestKafka.send("latih.enrollments.events", completed);

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            NeedStatusChanged addressed = EventJson.read(tap.await(r -> ("N-2026-" + nip + "-M.03").equals(
                    EventTap.header(r, "ce_subject")) && "latih.needs.NeedStatusChanged.v1".equals(
                    EventTap.header(r, "ce_type")), 1, WAIT).get(0).value(), NeedStatusChanged.class);
            assertThat(addressed.version()).as("the need's second event").isEqualTo(2);
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> tap.seen().stream()
                    .filter(r -> ("N-2026-" + nip + "-M.03").equals(EventTap.header(r, "ce_subject"))
                            && "latih.needs.NeedStatusChanged.v1".equals(EventTap.header(r, "ce_type"))).count() == 1);
        }
        assertThat(http().get("/api/needs?status=ADDRESSED&size=100", admin).body().findValuesAsString("id"))
                .contains("N-2026-" + nip + "-M.03");
    }

    @Test
    void a_nip_sent_as_a_json_number_is_refused_naming_nip() {
        Map<String, Object> body = new java.util.HashMap<>(employee("x"));
        body.put("nip", 198503152010011001L);

        assertRefused(http().post("/api/employees", admin, body), "nip", "JSON string");
    }

    @Test
    void names_of_control_direction_or_invisible_characters_or_too_long_are_refused() {
        for (String name : java.util.List.of("Siti\u0000", "\u001b[2JSiti", "Siti\u202Eimda", "\u200B\u200D\uFEFF",
                "S".repeat(151))) {
            Map<String, Object> body = new java.util.HashMap<>(employee(TestNips.unique("198503152010011")));
            body.put("name", name);

            assertRefused(http().post("/api/employees", admin, body), "name", "");
        }
    }

    @Test
    void a_fractional_cycle_year_is_refused_not_truncated() {
        String nip = TestNips.unique("198503152010011");
        http().post("/api/employees", admin, employee(nip));

        assertRefused(http().post("/api/employees/" + nip + "/needs-analysis", admin, "{\"cycleYear\": 2000.5}"),
                "cycleYear", "whole number");
        assertRefused(http().post("/api/employees/" + nip + "/needs-analysis", admin, "{\"cycleYear\": \"2026\"}"),
                "cycleYear", "whole number");
    }

    @Test
    void assessments_with_an_absurd_date_or_a_code_outside_the_dictionary_are_refused() {
        String nip = TestNips.unique("198503152010011");
        http().post("/api/employees", admin, employee(nip));
        String path = "/api/employees/" + nip + "/assessments";

        assertRefused(http().post(path, admin, assessment("M.05", "-999999999-01-01")), "assessedOn", "years");
        for (String code : java.util.List.of("m.05", "M.09", "ZZZZ.01")) {
            assertRefused(http().post(path, admin, assessment(code, "2026-02-01")), "competencyCode", "competency code");
        }
        assertRefused(http().post(path, admin, assessment("T.NONE.01", "2026-02-01")), "competencyCode",
                "no competency dictionary");
        assertThat(http().put("/api/competencies/T.NONE.01", admin, Map.of("name", "Surveilans", "description",
                "Epidemiological surveillance", "levelDescriptors", java.util.List.of("1", "2", "3", "4", "5")))
                .status()).isEqualTo(200);
        assertThat(http().post(path, admin, assessment("T.NONE.01", "2026-02-01")).status()).isEqualTo(201);
        assertThat(http().get("/api/employees/" + nip, admin).body().get("assessments").size()).isEqualTo(1);
    }

    private static Map<String, Object> assessment(String code, String assessedOn) {
        return Map.of("competencyCode", code, "assessedLevel", 2, "method", "SUPERVISOR",
                "assessedOn", assessedOn);
    }

    private static void assertRefused(Response response, String field, String reason) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.body().get("errors").get(0).get("reason").asString()).contains(reason);
    }

    private static Map<String, Object> employee(String nip) {
        return Map.of("nip", nip, "name", "Siti Rahma", "employmentType", "PNS", "jobType", "ADMINISTRATOR",
                "positionTitle", "Kepala Bidang Pelayanan");
    }

    private static Map<String, Object> employee(String nip, String supervisorNip) {
        Map<String, Object> body = new java.util.HashMap<>(employee(nip));
        body.put("supervisorNip", supervisorNip);
        return body;
    }

    private static Map<String, Object> assessment(String competencyCode) {
        return Map.of("competencyCode", competencyCode, "assessedLevel", 2, "method",
                "ASSESSMENT_CENTER", "assessedOn", "2026-02-01");
    }
}
