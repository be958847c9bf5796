package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.CompetencyObserved;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The AKPK cycle through the API: the region opens it, the agency analyses, verifies and its head approves; needs
 * per competency are announced once, withdrawn when no longer supported, resolved when every affected employee
 * reaches the target; each role does only its own step and each agency sees only its own.
 */
class AkpkCycleIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String IDENTIFIED = "latih.needs.NeedIdentified.v1";
    private static final String CHANGED = "latih.needs.NeedStatusChanged.v1";

    /** A region of its own per test, so cycles and agencies of other tests do not mix in. */
    private final String region = "35" + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
    private final String agency = region + ".DINKES" + letters();
    private final String otherAgency = region + ".DISDIK" + letters();
    private final String admin = TestTokens.token(agency, "AGENCY_ADMIN", "INTEGRATION");
    private final String head = TestTokens.tokenWithClaims(Map.of("sub", "kepala-" + agency, "agency", agency,
            "region", region, "province", region.substring(0, 2), "roles", List.of("HEAD_OF_AGENCY")));
    private final String centre = TestTokens.token(region + ".BKPSDM", "INTEGRATION", "REGION_ANALYST");

    @Test
    void the_cycle_runs_from_opening_to_needs_announced_once_and_a_need_no_longer_supported_is_withdrawn() {
        String weakInService = registered(admin, "PKM-GARUDA");    // M.05 at 1, rated Kurang in 2025
        String twoGaps = registered(admin);          // M.05 at 2, M.03 at 1
        String meetsAll = registered(admin);         // M.05 at 3
        assess(admin, weakInService, "M.05", 1, "2026-01-10");
        assess(admin, twoGaps, "M.05", 2, "2026-01-10");
        assess(admin, twoGaps, "M.03", 1, "2026-01-10");
        assess(admin, meetsAll, "M.05", 3, "2026-01-10");
        http().post("/api/employees/" + weakInService + "/performance-ratings", admin,
                Map.of("year", 2025, "rating", "KURANG"));
        surveyWithWeakStaffCompetence(admin);
        registered(TestTokens.token(otherAgency, "AGENCY_ADMIN"));
        assertThat(http().put("/api/akpk/2026/cycle", centre, Map.of("deadline", "2026-01-15")).status())
                .isEqualTo(200);

        Response analysed = http().post("/api/akpk/2026/analysis", admin, Map.of());
        Response needs = http().get("/api/akpk/2026/needs", admin);

        assertThat(analysed.status()).as(analysed.raw()).isEqualTo(200);
        assertThat(analysed.body().get("status").asString()).isEqualTo("ANALYSED");
        assertThat(analysed.body().get("staffAffected").asInt()).isEqualTo(2);
        // M.05: gaps 2 (Kurang: x1.5 = 3) and 1, one weak unit (+5) = 9; M.03: gap 2 = 2.
        assertThat(needs.body().get("items").findValuesAsString("competencyCode")).containsExactly("M.05", "M.03");
        assertThat(needs.body().get("items").get(0).get("priority").asDouble()).isEqualTo(9.0);
        assertThat(needs.body().get("items").get(0).get("staffAffected").asInt()).isEqualTo(2);
        assertThat(needs.body().get("items").get(0).get("status").asString()).isEqualTo("PROPOSED");
        assertThat(needs.body().get("items").get(1).get("priority").asDouble()).isEqualTo(2.0);

        assertThat(http().post("/api/akpk/2026/approval", head, Map.of()).status()).as("not verified").isEqualTo(409);
        assertThat(http().post("/api/akpk/2026/verification", admin, Map.of()).status()).isEqualTo(200);
        assertThat(http().post("/api/akpk/2026/approval", admin, Map.of()).status()).as("not the head")
                .isEqualTo(403);
        Response approved = http().post("/api/akpk/2026/approval", head, Map.of());
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().get("history").findValuesAsString("by")).containsExactly("test-" + agency,
                "test-" + agency, "kepala-" + agency);

        String servicesNeed = "N-2026-" + agency + "-M.05";
        String communicationNeed = "N-2026-" + agency + "-M.03";
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            NeedIdentified identified = EventJson.read(tap.await(r -> is(r, servicesNeed, IDENTIFIED), 1, WAIT)
                    .get(0).value(), NeedIdentified.class);
            assertThat(identified.nip()).isNull();
            assertThat(identified.affectedNips()).containsExactly(weakInService, twoGaps);
            assertThat(identified.staffAffected()).isEqualTo(2);
            assertThat(identified.targetLevel()).isEqualTo(3);
            assertThat(identified.meanGap()).isEqualTo(1.5);
            assertThat(identified.priority()).isEqualTo(9.0);
            assertThat(identified.version()).isEqualTo(1);

            // New evidence closes twoGaps' M.03 gap; the next run and approval withdraw that need only.
            assess(admin, twoGaps, "M.03", 3, "2026-02-10");
            http().post("/api/akpk/2026/analysis", admin, Map.of());
            http().post("/api/akpk/2026/verification", admin, Map.of());
            assertThat(http().post("/api/akpk/2026/approval", head, Map.of()).status()).isEqualTo(200);

            NeedStatusChanged withdrawn = EventJson.read(tap.await(r -> is(r, communicationNeed, CHANGED), 1, WAIT)
                    .get(0).value(), NeedStatusChanged.class);
            assertThat(withdrawn.toStatus()).isEqualTo("WITHDRAWN");
            assertThat(withdrawn.version()).isEqualTo(2);
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() ->
                    count(tap.seen(), servicesNeed, IDENTIFIED) == 1);
        }
        assertThat(http().get("/api/akpk/2026/needs?status=WITHDRAWN", admin).body().get("items")
                .findValuesAsString("id")).containsExactly(communicationNeed);
        Response late = http().get("/api/akpk/2026/agencies?late=true", centre);
        assertThat(late.body().get("items").findValuesAsString("agencyCode")).containsExactly(otherAgency);
        assertThat(http().get("/api/akpk/2026/agencies", centre).body().get("totalItems").asInt()).isEqualTo(2);
    }

    @Test
    void a_need_is_resolved_once_every_affected_employee_reaches_the_target() {
        String first = registered(admin);
        String second = registered(admin);
        assess(admin, first, "M.04", 1, "2026-01-10");
        assess(admin, second, "M.04", 2, "2026-01-10");
        http().put("/api/akpk/2026/cycle", centre, Map.of("deadline", "2026-12-31"));
        http().post("/api/akpk/2026/analysis", admin, Map.of());
        http().post("/api/akpk/2026/verification", admin, Map.of());
        assertThat(http().post("/api/akpk/2026/approval", head, Map.of()).status()).isEqualTo(200);
        String needId = "N-2026-" + agency + "-M.04";

        TestKafka.send("latih.evaluations.events", observed(first, "M.04", 3));
        await().atMost(WAIT).until(() -> http().get("/api/akpk/needs/" + needId, admin).body().get("staff")
                .findValuesAsString("nip").size() == 2 && http().get("/api/akpk/needs/" + needId, admin).body()
                .get("lowestLevel").asInt() == 2);
        assertThat(http().get("/api/akpk/needs/" + needId, admin).body().get("status").asString())
                .as("one employee still below the target").isEqualTo("IDENTIFIED");
        CompetencyObserved last = observed(second, "M.04", 3);
        TestKafka.send("latih.evaluations.events", last);
        TestKafka.send("latih.evaluations.events", last);

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            NeedStatusChanged resolved = EventJson.read(tap.await(r -> is(r, needId, CHANGED), 1, WAIT).get(0)
                    .value(), NeedStatusChanged.class);
            assertThat(resolved.toStatus()).isEqualTo("RESOLVED");
            assertThat(resolved.fromStatus()).isEqualTo("IDENTIFIED");
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> count(tap.seen(), needId, CHANGED) == 1);
        }
    }

    @Test
    void a_need_is_addressed_once_every_affected_employee_completed_a_training() {
        String first = registered(admin);
        String second = registered(admin);
        assess(admin, first, "M.06", 1, "2026-01-10");
        assess(admin, second, "M.06", 2, "2026-01-10");
        http().put("/api/akpk/2026/cycle", centre, Map.of("deadline", "2026-12-31"));
        http().post("/api/akpk/2026/analysis", admin, Map.of());
        http().post("/api/akpk/2026/verification", admin, Map.of());
        assertThat(http().post("/api/akpk/2026/approval", head, Map.of()).status()).isEqualTo(200);
        String needId = "N-2026-" + agency + "-M.06";

        TestKafka.send("latih.enrollments.events", completed(first, "M.06"));
        TrainingCompleted last = completed(second, "M.06");
        TestKafka.send("latih.enrollments.events", last);
        TestKafka.send("latih.enrollments.events", last);

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            NeedStatusChanged addressed = EventJson.read(tap.await(r -> is(r, needId, CHANGED), 1, WAIT).get(0)
                    .value(), NeedStatusChanged.class);
            assertThat(addressed.toStatus()).isEqualTo("ADDRESSED");
            assertThat(addressed.version()).isEqualTo(2);
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> count(tap.seen(), needId, CHANGED) == 1);
        }
    }

    @Test
    void each_role_does_only_its_step_and_each_agency_sees_only_its_own() {
        String nip = registered(admin);
        assess(admin, nip, "M.02", 1, "2026-01-10");
        assertThat(http().post("/api/akpk/2026/analysis", admin, Map.of()).status()).as("no cycle open yet")
                .isEqualTo(409);
        assertThat(http().put("/api/akpk/2026/cycle", admin, Map.of("deadline", "2026-12-31")).status())
                .as("an agency does not open its region's cycle").isEqualTo(403);
        assertThat(http().put("/api/akpk/2026/cycle", TestTokens.token(region + ".BKPSDM", "REGION_ANALYST"),
                Map.of("deadline", "2026-12-31")).status()).as("an analyst alone only reads").isEqualTo(403);
        http().put("/api/akpk/2026/cycle", centre, Map.of("deadline", "2026-12-31"));
        String analyst = TestTokens.token(region + ".BKPSDM", "REGION_ANALYST");
        assertThat(http().post("/api/akpk/2026/analysis", analyst, Map.of()).status()).isEqualTo(403);
        assertThat(http().post("/api/akpk/2026/analysis", admin, Map.of()).status()).isEqualTo(200);
        assertThat(http().post("/api/akpk/2026/verification", TestTokens.token(agency, "INTEGRATION"), Map.of())
                .status()).as("the official verifies, not the system").isEqualTo(403);
        String needId = "N-2026-" + agency + "-M.02";

        assertThat(http().get("/api/akpk/needs/" + needId, analyst).body().get("staff").findValuesAsString("nip"))
                .containsExactly(nip);
        assertThat(http().get("/api/akpk/2026/needs", analyst).body().get("items").findValuesAsString("id"))
                .contains(needId);
        String other = TestTokens.token(otherAgency, "AGENCY_ADMIN");
        assertThat(http().get("/api/akpk/needs/" + needId, other).status()).isEqualTo(404);
        assertThat(http().get("/api/akpk/2026/needs?agencyCode=" + agency, other).body().get("totalItems").asInt())
                .isZero();
        assertThat(http().get("/api/akpk/2026?agencyCode=" + agency, other).status()).isEqualTo(404);
        assertThat(http().get("/api/akpk/2026/needs", TestTokens.employeeToken(agency, nip)).status())
                .isEqualTo(403);
        assertThat(http().get("/api/akpk/needs/" + needId, TestTokens.personToken(agency, "197801012005011001",
                "SUPERVISOR")).status()).isEqualTo(403);
        assertThat(http().get("/api/akpk/2026", head).body().get("status").asString()).isEqualTo("ANALYSED");
        for (String[] bad : new String[][] {{"/api/akpk/1999/needs", "year"}, {"/api/akpk/2026/needs?size=101",
                "size"}, {"/api/akpk/2026/needs?sort=RANDOM", "sort"}, {"/api/akpk/2026/needs?competencyCode=M.09",
                "competencyCode"}}) {
            Response refused = http().get(bad[0], admin);
            assertThat(refused.status()).as(bad[0]).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo(bad[1]);
        }
    }

    private static boolean is(ConsumerRecord<byte[], byte[]> r, String subject, String type) {
        return subject.equals(EventTap.header(r, "ce_subject")) && type.equals(EventTap.header(r, "ce_type"));
    }

    private static long count(List<ConsumerRecord<byte[], byte[]>> seen, String subject, String type) {
        return seen.stream().filter(r -> is(r, subject, type)).count();
    }

    private TrainingCompleted completed(String nip, String code) {
        return new TrainingCompleted(UUID.randomUUID(), Instant.now(), agency, "E-" + UUID.randomUUID(), "P-1", nip,
                code, 20, LocalDate.of(2026, 6, 1));
    }

    private CompetencyObserved observed(String nip, String code, int level) {
        return new CompetencyObserved(UUID.randomUUID(), Instant.now(), agency, "EV-" + UUID.randomUUID(), nip, code,
                level);
    }

    private void assess(String token, String nip, String code, int level, String on) {
        Response recorded = http().post("/api/employees/" + nip + "/assessments", token, Map.of("competencyCode",
                code, "assessedLevel", level, "method", "ASSESSMENT_CENTER", "assessedOn", on));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
    }

    /** 20 respondents, all 4 but U6 (staff competence) at 2: U6 is weak and points to M.05. */
    private void surveyWithWeakStaffCompetence(String token) {
        List<List<Integer>> responses = new ArrayList<>(Collections.nCopies(20, List.of(4, 4, 4, 4, 4, 2, 4, 4, 4)));
        assertThat(http().post("/api/satisfaction-surveys", token, Map.of("serviceUnit", "PKM-GARUDA",
                "serviceUnitName", "Puskesmas Garuda", "period", "2025", "responses", responses)).status())
                .isEqualTo(201);
    }

    private String registered(String token) {
        String nip = TestNips.unique("199001012015012");
        Response created = http().post("/api/employees", token, Map.of("nip", nip, "name", "Pegawai",
                "employmentType", "PNS", "jobType", "ADMINISTRATOR", "positionTitle", "Kepala Seksi"));
        return created.status() == 409 || created.status() == 202 ? registered(token) : nip;
    }

    /** An employee of the work unit {@code unitCode}, whose IKM surveys then point to their needs. */
    private String registered(String token, String unitCode) {
        String nip = TestNips.unique("199001012015012");
        Response created = http().post("/api/employees", token, Map.of("nip", nip, "name", "Pegawai",
                "employmentType", "PNS", "jobType", "ADMINISTRATOR", "positionTitle", "Kepala Seksi",
                "unitCode", unitCode));
        return created.status() == 409 ? registered(token, unitCode) : nip;
    }

    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase().substring(0, 3);
    }
}
