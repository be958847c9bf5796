package id.latih.enrollments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EmployeeRegistered;
import id.latih.events.EventJson;
import id.latih.events.ProgramPublished;
import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnrollmentServiceIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    private static final String DINKES = "3273.DINKES";
    private final String admin = TestTokens.token(DINKES, "AGENCY_ADMIN");
    private final String organiser = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");

    @Test
    void seats_are_never_given_beyond_capacity_and_the_rest_wait_in_line_under_concurrent_requests() throws Exception {
        ProgramPublished program = program(3);
        List<String> nips = employees(DINKES, 10);
        awaitOffering(program.programId());

        List<Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Response>> calls = nips.stream().map(nip -> pool.submit(() -> http().post("/api/enrollments",
                admin, Map.of("programId", program.programId(), "nip", nip)))).toList();
        for (Future<Response> call : calls) {
            answers.add(call.get());
        }
        pool.shutdown();

        assertThat(answers).extracting(Response::status).containsOnly(201);
        assertThat(answers).extracting(a -> a.body().get("status").asString()).filteredOn("CONFIRMED"::equals)
                .hasSize(3);
        assertThat(answers).extracting(a -> a.body().get("status").asString()).filteredOn("WAITLISTED"::equals)
                .hasSize(7);
        assertThat(http().get("/api/enrollments?programId=" + program.programId(), admin).body()
                .findValuesAsString("programId")).filteredOn(program.programId()::equals).hasSize(10);
    }

    @Test
    void the_same_employee_cannot_take_two_seats() {
        ProgramPublished program = program(5);
        String nip = employees(DINKES, 1).get(0);
        awaitOffering(program.programId());

        Response first = http().post("/api/enrollments", admin, Map.of("programId", program.programId(), "nip", nip));
        Response again = http().post("/api/enrollments", admin, Map.of("programId", program.programId(), "nip", nip));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).isEqualTo("https://latih.id/problems/already-enrolled");
        assertThat(http().get("/api/offerings", admin).body().findValues("seatsTaken").stream()
                .filter(n -> n.asInt() > 0)).isNotEmpty();
    }

    @Test
    void attendance_of_every_session_then_completion_after_the_last_announces_the_hours_earned() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        ProgramPublished program = program(5, today.minusDays(3), today);
        String nip = employees(DINKES, 1).get(0);
        awaitOffering(program.programId());
        String enrollmentId = http().post("/api/enrollments", admin,
                Map.of("programId", program.programId(), "nip", nip)).body().get("id").asString();

        Response future = http().post("/api/enrollments/" + enrollmentId + "/attendance", organiser,
                Map.of("sessionDate", today.plusDays(1).toString(), "present", true));
        for (int day = 3; day >= 0; day--) {
            assertThat(http().post("/api/enrollments/" + enrollmentId + "/attendance", organiser,
                    Map.of("sessionDate", today.minusDays(day).toString(), "present", true)).status()).isEqualTo(200);
        }
        Response completed = http().post("/api/enrollments/" + enrollmentId + "/completion", organiser, "{}");

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("errors").get(0).get("field").asString()).isEqualTo("sessionDate");
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.body().get("status").asString()).isEqualTo("COMPLETED");
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.enrollments.events")) {
            TrainingCompleted done = EventJson.read(tap.await(r -> enrollmentId.equals(EventTap.header(r, "ce_subject"))
                    && "latih.enrollments.TrainingCompleted.v1".equals(EventTap.header(r, "ce_type")), 1, WAIT)
                    .get(0).value(), TrainingCompleted.class);
            assertThat(done.jpEarned()).isEqualTo(24);
            assertThat(done.nip()).isEqualTo(nip);
        }
    }

    @Test
    void one_present_day_of_a_four_day_program_does_not_complete_it_and_nothing_completes_before_the_last_day() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        ProgramPublished running = program(5, today, today.plusDays(3));
        ProgramPublished ended = program(5, today.minusDays(3), today);
        String nip = employees(DINKES, 1).get(0);
        awaitOffering(ended.programId());
        awaitOffering(running.programId());
        String early = enroll(running, nip);
        String once = enroll(ended, nip);
        http().post("/api/enrollments/" + early + "/attendance", organiser,
                Map.of("sessionDate", today.toString(), "present", true));
        http().post("/api/enrollments/" + once + "/attendance", organiser,
                Map.of("sessionDate", today.minusDays(3).toString(), "present", true));

        Response tooEarly = http().post("/api/enrollments/" + early + "/completion", organiser, "{}");
        Response measured = http().post("/api/enrollments/" + once + "/completion", organiser, "{}");

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body().get("type").asString()).isEqualTo("https://latih.id/problems/program-running");
        assertThat(http().get("/api/enrollments/" + early, admin).body().get("status").asString())
                .isEqualTo("CONFIRMED");
        assertThat(measured.body().get("status").asString()).isEqualTo("NOT_COMPLETED");
    }

    @Test
    void a_confirmed_participant_who_came_to_no_session_is_a_no_show_once_the_program_is_over() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        ProgramPublished ended = program(5, today.minusDays(1), today);
        String nip = employees(DINKES, 1).get(0);
        awaitOffering(ended.programId());
        String enrollmentId = enroll(ended, nip);

        Response decided = http().post("/api/enrollments/" + enrollmentId + "/completion", organiser, "{}");

        assertThat(decided.body().get("status").asString()).isEqualTo("NO_SHOW");
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.enrollments.events")) {
            TrainingNotCompleted missed = EventJson.read(tap.await(r -> enrollmentId.equals(
                    EventTap.header(r, "ce_subject")) && "latih.enrollments.TrainingNotCompleted.v1".equals(
                    EventTap.header(r, "ce_type")), 1, WAIT).get(0).value(), TrainingNotCompleted.class);
            assertThat(missed.noShow()).isTrue();
        }
    }

    @Test
    void the_enrollment_list_pages_by_nip_within_a_program_and_refuses_an_oversized_page() {
        ProgramPublished program = program(2);
        List<String> nips = employees(DINKES, 3);
        awaitOffering(program.programId());
        nips.forEach(nip -> enroll(program, nip));
        String list = "/api/enrollments?programId=" + program.programId();

        Response first = http().get(list + "&page=0&size=2", admin);
        Response second = http().get(list + "&page=1&size=2", admin);
        Response waiting = http().get(list + "&status=WAITLISTED", admin);

        assertThat(first.body().get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.body().get("items").findValuesAsString("nip")).containsExactly(nips.get(0), nips.get(1));
        assertThat(second.body().get("items").findValuesAsString("nip")).containsExactly(nips.get(2));
        assertThat(waiting.body().get("items").findValuesAsString("nip")).containsExactly(nips.get(2));
        assertThat(http().get(list + "&size=201", admin).status()).isEqualTo(400);
        assertThat(http().get(list + "&size=201", admin).body().get("errors").get(0).get("field").asString())
                .isEqualTo("size");
    }

    @Test
    void an_unknown_employee_is_refused_and_another_region_sees_nothing() {
        ProgramPublished program = program(5);
        String nip = employees(DINKES, 1).get(0);
        awaitOffering(program.programId());
        Response unknown = http().post("/api/enrollments", admin,
                Map.of("programId", program.programId(), "nip", "199001012015032999"));
        String enrollmentId = http().post("/api/enrollments", admin,
                Map.of("programId", program.programId(), "nip", nip)).body().get("id").asString();
        String elsewhere = TestTokens.token("3204.DINKES", "AGENCY_ADMIN");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("nip");
        assertThat(http().get("/api/enrollments/" + enrollmentId, elsewhere).status()).isEqualTo(404);
        assertThat(http().get("/api/enrollments", elsewhere).body().findValuesAsString("id")).doesNotContain(enrollmentId);
        assertThat(http().post("/api/enrollments/" + enrollmentId + "/completion", elsewhere, "{}").status())
                .isEqualTo(404);
    }

    @Test
    void an_employee_may_enroll_only_themselves() {
        ProgramPublished program = program(5);
        List<String> nips = employees(DINKES, 2);
        awaitOffering(program.programId());
        String siti = TestTokens.employeeToken(DINKES, nips.get(0));

        Response someoneElse = http().post("/api/enrollments", siti,
                Map.of("programId", program.programId(), "nip", nips.get(1)));
        Response herself = http().post("/api/enrollments", siti,
                Map.of("programId", program.programId(), "nip", nips.get(0)));

        assertThat(someoneElse.status()).isEqualTo(403);
        assertThat(herself.status()).isEqualTo(201);
    }

    @Test
    void a_nip_as_a_number_hidden_characters_or_an_absurd_session_date_are_refused_naming_the_field() {
        Response numericNip = http().post("/api/enrollments", admin,
                "{\"programId\": \"P-1\", \"nip\": 198503152010011001}");
        Response hiddenProgram = http().post("/api/enrollments", admin,
                Map.of("programId", "P-1\u2066\u0000", "nip", "198503152010011001"));
        Response farSession = http().post("/api/enrollments/E-1/attendance", admin,
                Map.of("sessionDate", "-999999999-01-01", "present", true));
        Response textPresent = http().post("/api/enrollments/E-1/attendance", admin,
                Map.of("sessionDate", "2026-05-01", "present", "true"));

        assertRefused(numericNip, "nip");
        assertRefused(hiddenProgram, "programId");
        assertRefused(farSession, "sessionDate");
        assertRefused(textPresent, "present");
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void the_offerings_list_counts_seats_but_names_no_seat_holder() {
        ProgramPublished program = program(5);
        String nip = employees(DINKES, 1).get(0);
        awaitOffering(program.programId());
        http().post("/api/enrollments", admin, Map.of("programId", program.programId(), "nip", nip));

        Response offerings = http().get("/api/offerings", TestTokens.token("3273.DISDIK", "AGENCY_ADMIN"));

        assertThat(offerings.status()).isEqualTo(200);
        assertThat(offerings.raw()).doesNotContain(nip);
        assertThat(offerings.body().findValues("programId").stream().filter(p -> p.asString()
                .equals(program.programId())).count()).isEqualTo(1);
        assertThat(offerings.body().findValuesAsString("seatsTaken")).contains("1");
    }

    @Test
    void an_employee_reads_their_own_enrollment_but_a_colleagues_is_not_found() {
        ProgramPublished program = program(5);
        List<String> nips = employees(DINKES, 2);
        awaitOffering(program.programId());
        String own = enroll(program, nips.get(0));
        String colleagues = enroll(program, nips.get(1));
        String siti = TestTokens.employeeToken(DINKES, nips.get(0));

        assertThat(http().get("/api/enrollments/" + own, siti).status()).isEqualTo(200);
        assertThat(http().get("/api/enrollments/" + colleagues, siti).status()).isEqualTo(404);
        assertThat(http().get("/api/enrollments", siti).body().findValuesAsString("nip")).containsOnly(nips.get(0));
    }

    @Test
    void a_supervisor_sees_the_enrollments_of_their_staff_and_no_one_elses() {
        String kabid = "197801012005011" + String.format("%03d", SEQUENCE.incrementAndGet());
        ProgramPublished program = program(5);
        String staff = employees(DINKES, 1, kabid).get(0);
        String other = employees(DINKES, 1).get(0);
        awaitOffering(program.programId());
        String staffEnrollment = enroll(program, staff);
        String otherEnrollment = enroll(program, other);
        String supervisor = TestTokens.personToken(DINKES, kabid, "SUPERVISOR");

        assertThat(http().get("/api/enrollments/" + staffEnrollment, supervisor).status()).isEqualTo(200);
        assertThat(http().get("/api/enrollments/" + otherEnrollment, supervisor).status()).isEqualTo(404);
        assertThat(http().get("/api/enrollments", supervisor).body().findValuesAsString("nip")).containsOnly(staff);
    }

    @Test
    void a_region_analyst_can_neither_enroll_an_agencys_employee_nor_run_its_enrollment() {
        ProgramPublished program = program(5);
        List<String> nips = employees(DINKES, 2);
        awaitOffering(program.programId());
        String enrollmentId = enroll(program, nips.get(0));
        String analyst = TestTokens.token("3273.BAPPEDA", "REGION_ANALYST", "INTEGRATION");

        Response enroll = http().post("/api/enrollments", analyst,
                Map.of("programId", program.programId(), "nip", nips.get(1)));
        Response attend = http().post("/api/enrollments/" + enrollmentId + "/attendance", analyst,
                Map.of("sessionDate", LocalDate.now().toString(), "present", true));

        assertThat(enroll.status()).isEqualTo(403);
        assertThat(enroll.body().get("type").asString()).isEqualTo("https://latih.id/problems/forbidden");
        assertThat(attend.status()).isEqualTo(403);
        assertThat(http().get("/api/enrollments?programId=" + program.programId(), admin).body()
                .findValuesAsString("nip")).containsExactly(nips.get(0));
        assertThat(http().get("/api/enrollments/" + enrollmentId, admin).body().get("attendance").size()).isZero();
    }

    private String enroll(ProgramPublished program, String nip) {
        return http().post("/api/enrollments", admin, Map.of("programId", program.programId(), "nip", nip)).body()
                .get("id").asString();
    }

    private void awaitOffering(String programId) {
        await().atMost(WAIT).until(() -> http().get("/api/offerings", admin).body().findValuesAsString("programId")
                .contains(programId));
    }

    private static ProgramPublished program(int capacity) {
        return program(capacity, LocalDate.now(), LocalDate.now().plusDays(3));
    }

    private static ProgramPublished program(int capacity, LocalDate start, LocalDate end) {
        ProgramPublished program = new ProgramPublished(UUID.randomUUID(), Instant.now(), "3273.BKPSDM",
                "P-" + UUID.randomUUID(), "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 24, capacity,
                start, end, List.of(), 1);
        TestKafka.send("latih.programs.events", program);
        return program;
    }

    private List<String> employees(String agency, int count) {
        return employees(agency, count, null);
    }

    private List<String> employees(String agency, int count, String supervisorNip) {
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String nip = "198503152010011" + String.format("%03d", SEQUENCE.incrementAndGet());
            TestKafka.send("latih.needs.events", new EmployeeRegistered(UUID.randomUUID(), Instant.now(), agency, nip,
                    "Pegawai " + i, "PNS", "Staf", "PELAKSANA", supervisorNip, 1));
            nips.add(nip);
        }
        String last = nips.get(nips.size() - 1);
        // Replicated once an enrollment attempt no longer says "no such employee" (400) but "no such program" (404).
        await().atMost(WAIT).until(() -> http().post("/api/enrollments", admin,
                Map.of("programId", "P-none", "nip", last)).status() == 404);
        return nips;
    }
}
