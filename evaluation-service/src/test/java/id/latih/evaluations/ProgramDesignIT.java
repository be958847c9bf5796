package id.latih.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EmployeeRegistered;
import id.latih.events.ProgramDesign;
import id.latih.events.ProgramPublished;
import id.latih.events.ServiceSatisfactionMeasured;
import id.latih.events.TargetCompetency;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What the program's design brings to its evaluation: the check's due date, its target levels, the budget for ROI. */
class ProgramDesignIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ORGANISER = "3273.BKPSDM";
    private static final String AGENCY = "3273.DINKES";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String designer = TestTokens.token(ORGANISER, "PROGRAM_DESIGNER");

    @Test
    void roi_divides_the_net_benefit_by_the_programs_budget_for_its_participants() {
        // 7,000,000 fixed + 2 x 1,500,000 = 10,000,000; benefits 12,500,000: (12.5 - 10) / 10 x 100 = 25 %.
        String programId = aProgram(7_000_000, 1_500_000);
        completed(programId, "198503152010012601", TODAY);
        completed(programId, "198503152010012602", TODAY);

        Response before = http().get(report(programId), designer);
        Response entered = http().post(benefits(programId), designer,
                Map.of("monetaryBenefits", 12_500_000, "basis", "antrean layanan berkurang 30 menit per hari"));

        assertThat(before.body().get("results").get("roiPercent").isNull()).isTrue();
        assertThat(entered.status()).isEqualTo(200);
        JsonNode results = entered.body().get("results");
        assertThat(results.get("totalCosts").asLong()).isEqualTo(10_000_000);
        assertThat(results.get("roiPercent").asDouble()).isEqualTo(25.0);
        assertThat(http().post(benefits(programId), TestTokens.token(AGENCY, "AGENCY_ADMIN"),
                Map.of("monetaryBenefits", 1)).status()).isEqualTo(404);
        Response negative = http().post(benefits(programId), designer, Map.of("monetaryBenefits", -1));
        assertThat(negative.body().get("errors").get(0).get("field").asString()).isEqualTo("monetaryBenefits");
        assertThat(http().get(report(programId), designer).body().get("results").get("roiPercent").asDouble())
                .isEqualTo(25.0);
    }

    @Test
    void the_check_falls_due_after_the_programs_days_and_a_level_below_target_recommends_a_follow_up() {
        String programId = aProgram(0, 0);
        String kabid = "197801012005011601";
        String nip = "198503152010012611";
        TestKafka.send("latih.needs.events", new EmployeeRegistered(UUID.randomUUID(), Instant.now(), AGENCY, nip,
                "Siti", "PNS", "Analis", "PELAKSANA", kabid, 1));
        String file = completed(programId, nip, TODAY.minusDays(90));
        String supervisor = TestTokens.personToken(AGENCY, kabid, "SUPERVISOR");
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/" + file, supervisor).status() == 200);

        assertThat(http().get("/api/evaluations/" + file, supervisor).body().get("behaviourCheckDue").asString())
                .isEqualTo(TODAY.toString());
        Response rated = http().post("/api/evaluations/" + file + "/behaviour", supervisor,
                Map.of("observedLevels", Map.of("M.05", 3, "M.03", 2)));

        assertThat(rated.status()).isEqualTo(201);
        JsonNode behaviour = http().get(report(programId), designer).body().get("behaviour");
        assertThat(behaviour.get("rated").asInt()).isEqualTo(1);
        assertThat(behaviour.get("shareApplying").asDouble()).isZero();
        assertThat(behaviour.get("meanObservedLevels").get("M.03").asDouble()).isEqualTo(2.0);
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.evaluations.events")) {
            // The timed sweep may also have asked the supervisor (BehaviourCheckRequested): only the rating's events.
            List<JsonNode> events = tap.await(r -> file.equals(EventTap.header(r, "ce_subject")) && !EventTap.header(
                    r, "ce_type").contains("BehaviourCheckRequested"), 3, WAIT).stream()
                    .map(r -> JSON.readTree(r.value())).toList();
            assertThat(events).filteredOn(e -> e.has("observedLevel")).extracting(e -> e.get("competencyCode")
                    .asString() + "=" + e.get("observedLevel").asInt()).containsExactlyInAnyOrder("M.05=3", "M.03=2");
            assertThat(events).filteredOn(e -> e.has("reason")).extracting(e -> e.get("competencyCode").asString()
                    + " " + e.get("reason").asString()).containsExactly("M.03 LOW_TRANSFER");
        }
    }

    @Test
    void the_organiser_closes_the_evaluation_once_with_its_figures_and_verdict() {
        String programId = aProgram(0, 0);
        completed(programId, "198503152010012621", TODAY);
        completed(programId, "198503152010012622", TODAY);
        // Class gain: pre 50, post 72.5 -> 0.45 >= 0.3; no reaction, no rating yet: those levels are left out.
        http().post("/api/evaluations/programs/" + programId + "/learning-scores", designer, Map.of("scores", List.of(
                Map.of("nip", "198503152010012621", "preTest", 20, "postTest", 60),
                Map.of("nip", "198503152010012622", "preTest", 80, "postTest", 85))));
        String completion = "/api/evaluations/programs/" + programId + "/completion";

        Response byParticipantsAgency = http().post(completion, TestTokens.token(AGENCY, "AGENCY_ADMIN"), "{}");
        Response closed = http().post(completion, designer, "{}");
        Response again = http().post(completion, designer, "{}");

        assertThat(byParticipantsAgency.status()).isEqualTo(404);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().get("verdict").asString()).isEqualTo("EFFECTIVE");
        assertThat(closed.body().get("evaluationCompletedAt").isNull()).isFalse();
        assertThat(again.status()).isEqualTo(409);
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.evaluations.events")) {
            JsonNode event = JSON.readTree(tap.await(r -> ("PE-" + programId).equals(EventTap.header(r, "ce_subject")),
                    1, WAIT).get(0).value());
            assertThat(event.get("agencyCode").asString()).isEqualTo(ORGANISER);
            assertThat(event.get("learningGain").asDouble()).isCloseTo(0.45,
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(event.get("participants").asInt()).isEqualTo(2);
            assertThat(event.get("reactionScore").isNull()).isTrue();
            assertThat(event.get("verdict").asString()).isEqualTo("EFFECTIVE");
        }
    }

    @Test
    void the_participants_units_ikm_before_and_after_the_program_is_compared_without_claiming_cause() {
        String programId = aProgram(0, 0);
        completed(programId, "198503152010012631", TODAY);
        Instant now = Instant.now();
        String unit = "Puskesmas " + UUID.randomUUID();
        TestKafka.send("latih.needs.events", new ServiceSatisfactionMeasured(UUID.randomUUID(),
                now.minus(Duration.ofDays(130)), AGENCY, "S-" + UUID.randomUUID(), unit, "2026-S1", 80.0, "B", Map.of(), 40, List.of()));
        TestKafka.send("latih.needs.events", new ServiceSatisfactionMeasured(UUID.randomUUID(),
                now.minus(Duration.ofDays(10)), AGENCY, "S-" + UUID.randomUUID(), unit, "2026-S2", 84.5, "B", Map.of(), 40, List.of()));

        // 84.5 - 80.0 = 4.5, for the one unit of the participants' agency measured on both sides.
        await().atMost(WAIT).until(() -> http().get(report(programId), designer).body().get("service")
                .get("units").findValuesAsString("serviceUnit").contains(unit));
        JsonNode service = http().get(report(programId), designer).body().get("service");
        JsonNode row = service.get("units").valueStream().filter(u -> u.get("serviceUnit").asString().equals(unit))
                .findFirst().orElseThrow();
        assertThat(row.get("delta").asDouble()).isCloseTo(4.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(row.get("periodBefore").asString()).isEqualTo("2026-S1");
        assertThat(service.get("caution").asString()).contains("not a causal");
    }

    private String aProgram(long fixedCosts, long costPerParticipant) {
        String programId = "P-" + UUID.randomUUID();
        ProgramDesign design = new ProgramDesign(45, List.of(new TargetCompetency("M.05", 3),
                new TargetCompetency("M.03", 3 + 1)), List.of(), List.of(), List.of(), List.of(), List.of(), false,
                80, 0, List.of(1, 2, 3, 4), 90, costPerParticipant, fixedCosts, "APBD");
        TestKafka.send("latih.programs.events", new ProgramPublished(UUID.randomUUID(), Instant.now(), ORGANISER,
                programId, "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 24, 30, TODAY.minusDays(100),
                TODAY.minusDays(95), List.of(), design, 1, 1));
        await().atMost(WAIT).until(() -> http().get(report(programId), designer).status() == 200);
        return programId;
    }

    private String completed(String programId, String nip, LocalDate on) {
        return CompletedTrainings.completed(http(), AGENCY, programId, nip, on);
    }

    private static String report(String programId) {
        return "/api/evaluations/programs/" + programId + "/report";
    }

    private static String benefits(String programId) {
        return "/api/evaluations/programs/" + programId + "/benefits";
    }
}
