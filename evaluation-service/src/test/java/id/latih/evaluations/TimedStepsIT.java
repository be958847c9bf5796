package id.latih.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.evaluations.application.AnnounceBehaviourChecks;
import id.latih.evaluations.application.CloseElapsedEvaluations;
import id.latih.events.EmployeeRegistered;
import id.latih.events.ProgramDesign;
import id.latih.events.ProgramPublished;
import id.latih.events.TargetCompetency;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The steps that come with time, as two instances running the sweep at the same moment meet them: the supervisor is
 * asked when the check falls due and reminded every 14 days until rating, and an evaluation window nobody closed is
 * closed once. Each step is sent once although both instances try it. The scheduled sweep is held back, so the
 * test's two sweeps are the only ones.
 */
@TestPropertySource(properties = "latih.evaluation.sweep-initial-delay=PT24H")
class TimedStepsIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final String AGENCY = "3273.DINKES";
    private static final String ORGANISER = "3273.BKPSDM";
    private static final String REQUESTED = "latih.evaluations.BehaviourCheckRequested.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MovableClock CLOCK = new MovableClock(ZONE);

    @TestConfiguration
    static class Time {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @Autowired
    AnnounceBehaviourChecks announce;

    @Autowired
    CloseElapsedEvaluations closeElapsed;

    private final String designer = TestTokens.token(ORGANISER, "PROGRAM_DESIGNER");

    @AfterEach
    void backToToday() {
        CLOCK.reset();
    }

    @Test
    void the_supervisor_is_asked_when_the_check_falls_due_and_reminded_until_rating_each_step_once() {
        LocalDate today = LocalDate.now(CLOCK);
        String kabid = "197801012005011701";
        String nip = "198503152010012701";
        TestKafka.send("latih.needs.events", new EmployeeRegistered(UUID.randomUUID(), Instant.now(), AGENCY, nip,
                "Siti", "PNS", "Analis", "PELAKSANA", kabid, 1));
        // No program known here: the check falls due the default 3 months after completion, i.e. today.
        String file = CompletedTrainings.completed(http(), AGENCY, "P-" + UUID.randomUUID(), nip,
                today.minusMonths(3));
        String supervisor = TestTokens.personToken(AGENCY, kabid, "SUPERVISOR");
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/" + file, supervisor).status() == 200);

        int asked = bothInstances(announce::sweep);
        int askedAgain = bothInstances(announce::sweep);
        CLOCK.moveDays(13);
        int dayBeforeReminder = bothInstances(announce::sweep);
        CLOCK.moveDays(1);
        int reminded = bothInstances(announce::sweep);
        Response rated = http().post("/api/evaluations/" + file + "/behaviour", supervisor,
                Map.of("observedLevels", Map.of("M.05", 4)));
        CLOCK.moveDays(14);
        int afterRating = bothInstances(announce::sweep);

        assertThat(List.of(asked, askedAgain, dayBeforeReminder, reminded, afterRating))
                .containsExactly(1, 0, 0, 1, 0);
        assertThat(rated.status()).isEqualTo(201);
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.evaluations.events")) {
            tap.await(r -> REQUESTED.equals(EventTap.header(r, "ce_type"))
                    && file.equals(EventTap.header(r, "ce_subject")), 2, WAIT);
            List<JsonNode> requests = tap.readFor(Duration.ofSeconds(2)).stream()
                    .filter(r -> REQUESTED.equals(EventTap.header(r, "ce_type"))
                            && file.equals(EventTap.header(r, "ce_subject")))
                    .map(r -> JSON.readTree(r.value())).toList();
            assertThat(requests).extracting(r -> r.get("reminder").asInt()).containsExactly(0, 1);
            JsonNode request = requests.get(0);
            assertThat(request.get("supervisorNip").asString()).isEqualTo(kabid);
            assertThat(request.get("nip").asString()).isEqualTo(nip);
            assertThat(request.get("dueOn").asString()).isEqualTo(today.toString());
            assertThat(request.get("expiresOn").asString()).isEqualTo(today.plusDays(60).toString());
            assertThat(request.get("competencyCodes").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("M.05");
        }
    }

    @Test
    void an_unrated_check_expires_after_its_days_and_nothing_more_is_sent() {
        LocalDate today = LocalDate.now(CLOCK);
        String kabid = "197801012005011711";
        String nip = "198503152010012711";
        TestKafka.send("latih.needs.events", new EmployeeRegistered(UUID.randomUUID(), Instant.now(), AGENCY, nip,
                "Siti", "PNS", "Analis", "PELAKSANA", kabid, 1));
        String file = CompletedTrainings.completed(http(), AGENCY, "P-" + UUID.randomUUID(), nip,
                today.minusMonths(3));
        String supervisor = TestTokens.personToken(AGENCY, kabid, "SUPERVISOR");
        // the supervisor knows the file once the employee's profile (another topic) has arrived too
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/" + file, supervisor).status() == 200);
        bothInstances(announce::sweep);

        CLOCK.moveDays(61);
        int expired = bothInstances(announce::sweep);
        CLOCK.moveDays(14);
        int later = bothInstances(announce::sweep);
        Response lateRating = http().post("/api/evaluations/" + file + "/behaviour", supervisor,
                Map.of("observedLevels", Map.of("M.05", 4)));

        assertThat(List.of(expired, later)).containsExactly(0, 0);
        assertThat(lateRating.status()).isEqualTo(409);
    }

    @Test
    void a_window_nobody_closed_closes_once_by_itself_and_one_the_organiser_closed_is_not_closed_again() {
        LocalDate today = LocalDate.now(CLOCK);
        // Ended 100 days ago, checks 30 days after the end, taken for 60 days: the window ended 10 days ago.
        String elapsed = aProgram(today.minusDays(100));
        // Ended 80 days ago: its window ends in 10 days; the organiser closes it early.
        String closedEarly = aProgram(today.minusDays(80));
        CompletedTrainings.completed(http(), AGENCY, elapsed, "198503152010012721", today.minusDays(100));
        Response early = http().post(completion(closedEarly), designer, "{}");

        int closedNow = bothInstances(closeElapsed::sweep);
        CLOCK.moveDays(11);
        int closedLater = bothInstances(closeElapsed::sweep);

        assertThat(early.status()).isEqualTo(200);
        assertThat(List.of(closedNow, closedLater)).containsExactly(1, 0);
        JsonNode report = http().get("/api/evaluations/programs/" + elapsed + "/report", designer).body();
        assertThat(report.get("evaluationClosedBy").asString()).isEqualTo("WINDOW_ELAPSED");
        assertThat(report.get("learning").get("participants").asInt()).isEqualTo(1);
        assertThat(http().post(completion(elapsed), designer, "{}").status()).isEqualTo(409);
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.evaluations.events")) {
            tap.await(r -> ("PE-" + elapsed).equals(EventTap.header(r, "ce_subject")), 1, WAIT);
            List<String> subjects = tap.readFor(Duration.ofSeconds(2)).stream()
                    .filter(r -> "latih.evaluations.EvaluationCompleted.v1".equals(EventTap.header(r, "ce_type")))
                    .map(r -> EventTap.header(r, "ce_subject"))
                    .filter(s -> s.equals("PE-" + elapsed) || s.equals("PE-" + closedEarly)).toList();
            assertThat(subjects).containsExactlyInAnyOrder("PE-" + elapsed, "PE-" + closedEarly);
        }
    }

    /** Runs the sweep as two instances would, at the same moment; returns how many steps both sent together. */
    private static int bothInstances(IntSupplier sweep) {
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(sweep::getAsInt);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(sweep::getAsInt);
        return one.join() + other.join();
    }

    private String aProgram(LocalDate endDate) {
        String programId = "P-" + UUID.randomUUID();
        ProgramDesign design = new ProgramDesign(45, List.of(new TargetCompetency("M.05", 3)), List.of(), List.of(),
                List.of(), List.of(), List.of(), false, 80, 0, List.of(1, 2, 3), 30, 0, 0, "APBD");
        TestKafka.send("latih.programs.events", new ProgramPublished(UUID.randomUUID(), Instant.now(), ORGANISER,
                programId, "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 24, 30, endDate.minusDays(2), endDate,
                List.of(), design, 1, 1));
        await().atMost(WAIT).until(() -> http().get("/api/evaluations/programs/" + programId + "/report", designer)
                .status() == 200);
        return programId;
    }

    private static String completion(String programId) {
        return "/api/evaluations/programs/" + programId + "/completion";
    }
}
