package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EnrollmentCancelled;
import id.latih.events.EnrollmentConfirmed;
import id.latih.events.LatihEvent;
import id.latih.events.TrainingCompleted;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
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

/** An agency's training cost for a year after a realistic run of enrollment events. Agency 3278.DINKES is this test's. */
class BudgetIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String AGENCY = "3278.DINKES";
    private final String designer = TestTokens.token(AGENCY, "PROGRAM_DESIGNER");

    @Test
    void planned_committed_and_realised_survive_duplicates_and_events_out_of_order() {
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(20);
        String main = publish(start, 20, 1_500_000, 10_000_000, "APBN");
        publish(start, 10, 500_000, 2_000_000, "APBD");
        String cancelled = publish(start, 40, 1_000_000, 0, "APBD");
        // a draft plans nothing until it is published
        assertThat(http().post("/api/programs/drafts", designer, body(start, 50, 2_000_000, 0, "APBD")).status())
                .isEqualTo(201);
        assertThat(http().post("/api/programs/" + cancelled + "/cancel", designer, Map.of("reason", "x")).status())
                .isEqualTo(200);
        Instant t = Instant.now();
        // A confirmed twice; B confirmed and completed; C's cancellation overtakes its confirmation;
        // D's completion arrives before its confirmation
        for (LatihEvent e : List.of(confirmed(main, "A", t), confirmed(main, "A", t), confirmed(main, "B", t),
                new EnrollmentCancelled(UUID.randomUUID(), t.plusSeconds(60), AGENCY, id(main, "C"), main, "C", "x"),
                confirmed(main, "C", t), completed(main, "B"), completed(main, "D"), confirmed(main, "D", t),
                completed(main, "B"))) {
            TestKafka.send("latih.enrollments.events", e);
        }
        int year = start.getYear();

        await().atMost(WAIT).until(() -> budget(year).get("realised").asLong() == 13_000_000
                && budget(year).get("committed").asLong() == 14_500_000);
        JsonNode figures = budget(year);
        assertThat(figures.get("programs").asInt()).isEqualTo(2);
        assertThat(figures.get("planned").asLong()).isEqualTo(47_000_000);
        // by source: APBD 10 x 0.5 million + 2 million planned, nobody enrolled; APBN the main program
        JsonNode apbd = figures.get("bySource").get(0);
        JsonNode apbn = figures.get("bySource").get(1);
        assertThat(figures.get("bySource").size()).isEqualTo(2);
        assertThat(apbd.get("fundingSource").asString()).isEqualTo("APBD");
        assertThat(List.of(apbd.get("programs").asLong(), apbd.get("planned").asLong(), apbd.get("committed").asLong(),
                apbd.get("realised").asLong())).containsExactly(1L, 7_000_000L, 0L, 0L);
        assertThat(apbn.get("fundingSource").asString()).isEqualTo("APBN");
        assertThat(List.of(apbn.get("programs").asLong(), apbn.get("planned").asLong(), apbn.get("committed").asLong(),
                apbn.get("realised").asLong())).containsExactly(1L, 40_000_000L, 14_500_000L, 13_000_000L);
    }

    @Test
    void employees_read_no_budget_and_a_missing_year_is_named() {
        assertThat(http().get("/api/budgets?year=2026", TestTokens.employeeToken(AGENCY, "198503152010011001"))
                .status()).isEqualTo(403);
        Response missing = http().get("/api/budgets", designer);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("year");
    }

    private JsonNode budget(int year) {
        Response response = http().get("/api/budgets?year=" + year, designer);
        assertThat(response.status()).isEqualTo(200);
        return response.body().get(0);
    }

    private String publish(LocalDate start, int capacity, long perParticipant, long fixed, String source) {
        Response published = http().post("/api/programs", designer, body(start, capacity, perParticipant, fixed,
                source));
        assertThat(published.status()).isEqualTo(201);
        return published.body().get("id").asString();
    }

    private static Map<String, Object> body(LocalDate start, int capacity, long perParticipant, long fixed,
                                            String source) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Anggaran", "competencyCode", "M.05",
                "route", "KLASIKAL", "method", "CLASS", "jp", 20, "capacity", capacity,
                "startDate", start.toString(), "endDate", start.toString(), "costPerParticipant", perParticipant,
                "fixedCosts", fixed));
        body.put("fundingSource", source);
        return body;
    }

    private static String id(String programId, String who) {
        return "E-" + programId + "-" + who;
    }

    private static EnrollmentConfirmed confirmed(String programId, String who, Instant at) {
        return new EnrollmentConfirmed(UUID.randomUUID(), at, AGENCY, id(programId, who), programId, who);
    }

    private static TrainingCompleted completed(String programId, String who) {
        return new TrainingCompleted(UUID.randomUUID(), Instant.now(), AGENCY, id(programId, who), programId, who,
                "M.05", 20, LocalDate.now());
    }
}
