package id.latih.enrollments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.enrollments.application.Enrollments;
import id.latih.enrollments.domain.Enrollment;
import id.latih.events.EventJson;
import id.latih.events.EnrollmentCancelled;
import id.latih.events.ProgramCancelled;
import id.latih.events.ProgramDesign;
import id.latih.events.SeatQuota;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import id.latih.testing.EventTap;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Waitlists in arrival order, promotion on every release, idempotent creates, and the program's fate. */
class SeatsAndWaitlistIT extends EnrollmentScenario {

    @Autowired
    Enrollments enrollments;

    @DynamicPropertySource
    static void quickSweep(DynamicPropertyRegistry registry) {
        registry.add("latih.enrollment.waitlist-sweep", () -> "PT1S");
    }

    @Test
    void concurrent_requests_of_an_agency_with_a_quota_of_2_in_4_seats_confirm_exactly_2_and_a_release_seats_its_next()
            throws Exception {
        ProgramPublished program = designed(4, new ProgramDesign(45, List.of(), List.of(),
                List.of(new SeatQuota(DINKES, 2), new SeatQuota("3273.DISDIK", 1)), List.of(), List.of(), List.of(),
                false, 0, 0, List.of(), 0, 0, 0, null));
        List<String> nips = employees(5);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Response>> calls = nips.stream().map(nip -> pool.submit(() -> enroll(program, nip))).toList();
        List<String> statuses = new java.util.ArrayList<>();
        for (Future<Response> call : calls) {
            statuses.add(call.get().body().get("status").asString());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(2);
        assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(3);
        assertThat(seatsTaken(program)).isEqualTo(2);
        String seated = Enrollment.idFor(program.programId(), nips.get(statuses.indexOf("CONFIRMED")));
        http().post("/api/enrollments/" + seated + "/withdrawal", admin, Map.of("reason", "mutasi"));
        assertThat(seatsTaken(program)).isEqualTo(2);
    }

    @Test
    void a_program_for_supervisors_refuses_a_pelaksana_naming_the_rule_and_stores_nothing() {
        ProgramPublished program = designed(5, new ProgramDesign(45, List.of(), List.of(), List.of(),
                List.of("PENGAWAS"), List.of(), List.of(), false, 0, 0, List.of(), 0, 0, 0, null));
        String nip = employees(1).get(0);

        Response refused = enroll(program, nip);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).isEqualTo("https://latih.id/problems/not-eligible");
        assertThat(refused.body().get("detail").asString()).contains("PENGAWAS");
        assertThat(http().get("/api/enrollments/" + Enrollment.idFor(program.programId(), nip), admin).status())
                .isEqualTo(404);
    }

    @Test
    void a_program_for_some_positions_refuses_another_position_naming_them_and_admits_its_own() {
        ProgramPublished forHeads = designed(5, new ProgramDesign(45, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), false, 0, 0, List.of(), 0, 0, 0, "APBD", List.of(), List.of(),
                List.of("Kepala Seksi Surveilans")));
        ProgramPublished forStaff = designed(5, new ProgramDesign(45, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), false, 0, 0, List.of(), 0, 0, 0, "APBD", List.of(), List.of(),
                List.of("Staf")));
        String nip = employees(1).get(0);

        Response refused = enroll(forHeads, nip);
        Response admitted = enroll(forStaff, nip);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).isEqualTo("https://latih.id/problems/not-eligible");
        assertThat(refused.body().get("detail").asString()).contains("Kepala Seksi Surveilans").contains("not Staf");
        assertThat(http().get("/api/enrollments/" + Enrollment.idFor(forHeads.programId(), nip), admin).status())
                .isEqualTo(404);
        assertThat(admitted.status()).as(admitted.raw()).isEqualTo(201);
    }

    @Test
    void a_program_requiring_approval_cannot_be_entered_past_the_supervisor_and_her_own_request_waits_for_approval() {
        ProgramPublished program = designed(5, new ProgramDesign(45, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), true, 0, 0, List.of(), 0, 0, 0, null));
        String boss = employees(1).get(0);
        List<String> staff = employees(2, boss);

        Response byAdmin = enroll(program, staff.get(0));
        Response byHerself = http().post("/api/enrollments", TestTokens.employeeToken(DINKES, staff.get(1)),
                Map.of("programId", program.programId(), "nip", staff.get(1)));
        Response bySupervisor = http().post("/api/enrollments", TestTokens.personToken(DINKES, boss, "SUPERVISOR"),
                Map.of("programId", program.programId(), "nip", staff.get(0)));

        assertThat(byAdmin.status()).isEqualTo(409);
        assertThat(byAdmin.body().get("detail").asString()).contains("supervisor");
        assertThat(byHerself.status()).isEqualTo(201);
        assertThat(byHerself.body().get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(bySupervisor.status()).isEqualTo(201);
        assertThat(bySupervisor.body().get("status").asString()).isEqualTo("CONFIRMED");
    }

    private ProgramPublished designed(int capacity, ProgramDesign design) {
        ProgramPublished program = new ProgramPublished(UUID.randomUUID(), Instant.now(), "3273.BKPSDM",
                "P-" + UUID.randomUUID(), "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 24, capacity,
                java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(3), List.of(), design, 1, 1);
        TestKafka.send("latih.programs.events", program);
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> http().get("/api/offerings", admin).body()
                .findValuesAsString("programId").contains(program.programId()));
        return program;
    }

    @Test
    void a_withdrawal_gives_the_seat_to_the_first_in_line_and_the_second_keeps_waiting() {
        ProgramPublished program = program(2);
        List<String> nips = employees(4);
        List<String> ids = nips.stream().map(nip -> enroll(program, nip).body().get("id").asString()).toList();

        Response withdrawn = http().post("/api/enrollments/" + ids.get(0) + "/withdrawal", admin,
                Map.of("reason", "dinas luar kota"));

        assertThat(withdrawn.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(status(ids.get(2))).isEqualTo("CONFIRMED");
        assertThat(status(ids.get(3))).isEqualTo("WAITLISTED");
        assertThat(seatsTaken(program)).isEqualTo(2);
    }

    @Test
    void an_employee_withdraws_only_their_own_enrollment() {
        ProgramPublished program = program(2);
        List<String> nips = employees(2);
        String first = enroll(program, nips.get(0)).body().get("id").asString();
        String colleague = TestTokens.employeeToken(DINKES, nips.get(1));

        Response refused = http().post("/api/enrollments/" + first + "/withdrawal", colleague,
                Map.of("reason", "bukan saya"));
        Response blank = http().post("/api/enrollments/" + first + "/withdrawal", admin, Map.of("reason", ""));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(status(first)).isEqualTo("CONFIRMED");
    }

    @Test
    void a_nomination_seats_the_listed_staff_in_order_waitlists_the_rest_and_says_why_one_is_refused() {
        ProgramPublished program = program(2);
        List<String> nips = employees(3);
        String foreign = TestTokens.token("3273.DISDIK", "AGENCY_ADMIN");
        List<String> listed = List.of(nips.get(0), nips.get(1), "199001012015032999", nips.get(2));

        Response nominated = http().post("/api/enrollments/nominations", admin,
                Map.of("programId", program.programId(), "nips", listed));
        Response byAnotherAgency = http().post("/api/enrollments/nominations", foreign,
                Map.of("programId", program.programId(), "nips", List.of(nips.get(0))));
        Response tooMany = http().post("/api/enrollments/nominations", admin,
                Map.of("programId", program.programId(), "nips", java.util.Collections.nCopies(501, nips.get(0))));

        assertThat(nominated.status()).isEqualTo(200);
        assertThat(nominated.body().findValuesAsString("nip")).containsExactlyElementsOf(listed);
        assertThat(nominated.body().get(0).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(nominated.body().get(1).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(nominated.body().get(2).get("refusal").asString()).isEqualTo("validation");
        assertThat(nominated.body().get(3).get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(byAnotherAgency.body().get(0).get("refusal").asString()).isEqualTo("validation");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(seatsTaken(program)).isEqualTo(2);
    }

    @Test
    void a_supervisor_enrolls_their_own_staff_but_nobody_else() {
        ProgramPublished program = program(5);
        String boss = employees(1).get(0);
        String staff = employees(1, boss).get(0);
        String other = employees(1).get(0);
        String supervisor = TestTokens.personToken(DINKES, boss, "SUPERVISOR");

        Response ownStaff = http().post("/api/enrollments", supervisor,
                Map.of("programId", program.programId(), "nip", staff));
        Response notStaff = http().post("/api/enrollments", supervisor,
                Map.of("programId", program.programId(), "nip", other));

        assertThat(ownStaff.status()).isEqualTo(201);
        assertThat(notStaff.status()).isEqualTo(403);
    }

    @Test
    void a_retried_request_with_the_same_idempotency_key_gets_the_first_answer_and_takes_no_second_place() {
        ProgramPublished program = program(1);
        List<String> nips = employees(2);
        String key = UUID.randomUUID().toString();

        Response first = enrollWithKey(key, program, nips.get(0));
        Response retried = enrollWithKey(key, program, nips.get(0));
        Response otherBody = enrollWithKey(key, program, nips.get(1));
        Response badKey = enrollWithKey("x".repeat(65), program, nips.get(1));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(retried.body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(otherBody.status()).isEqualTo(400);
        assertThat(otherBody.body().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(http().get("/api/enrollments?programId=" + program.programId(), admin).body()
                .findValuesAsString("programId")).filteredOn(program.programId()::equals).hasSize(1);
    }

    @Test
    void a_revision_that_adds_seats_seats_the_waitlist_in_arrival_order() {
        ProgramPublished program = program(1);
        List<String> nips = employees(4);
        List<String> ids = nips.stream().map(nip -> enroll(program, nip).body().get("id").asString()).toList();

        TestKafka.send("latih.programs.events", new ProgramRevised(UUID.randomUUID(), Instant.now(), "3273.BKPSDM",
                program.programId(), program.title(), 24, 3, program.startDate(), program.endDate(), 2));

        await().atMost(WAIT).until(() -> "CONFIRMED".equals(status(ids.get(2))));
        assertThat(status(ids.get(1))).isEqualTo("CONFIRMED");
        assertThat(status(ids.get(3))).isEqualTo("WAITLISTED");
        assertThat(seatsTaken(program)).isEqualTo(3);
    }

    @Test
    void a_lowered_capacity_lets_the_seated_keep_their_seats_and_shows_the_excess() {
        ProgramPublished program = program(3);
        List<String> nips = employees(3);
        List<String> ids = nips.stream().map(nip -> enroll(program, nip).body().get("id").asString()).toList();

        TestKafka.send("latih.programs.events", new ProgramRevised(UUID.randomUUID(), Instant.now(), "3273.BKPSDM",
                program.programId(), program.title(), 24, 2, program.startDate(), program.endDate(), 2));
        await().atMost(WAIT).until(() -> offering(program).get("capacity").asInt() == 2);
        http().post("/api/enrollments/" + ids.get(0) + "/withdrawal", admin, Map.of("reason", "sakit"));
        String late = enroll(program, employees(1).get(0)).body().get("status").asString();

        assertThat(ids.subList(1, 3)).allMatch(id -> "CONFIRMED".equals(status(id)));
        assertThat(late).isEqualTo("WAITLISTED");
        assertThat(offering(program).get("seatsTaken").asInt()).isEqualTo(2);
    }

    @Test
    void a_seat_released_by_a_write_whose_promotion_never_ran_is_given_to_the_line_by_the_sweep() {
        ProgramPublished program = program(1);
        List<String> nips = employees(2);
        String seated = enroll(program, nips.get(0)).body().get("id").asString();
        String waiting = enroll(program, nips.get(1)).body().get("id").asString();
        Enrollment holder = enrollments.find(seated).orElseThrow();

        // The cancellation's own write, as a process that crashed right after it would have left it.
        enrollments.cancel(seated, holder.cancel("crash test", Instant.now()));

        await().atMost(WAIT).until(() -> "CONFIRMED".equals(status(waiting)));
        assertThat(seatsTaken(program)).isEqualTo(1);
    }

    @Test
    void a_cancelled_program_cancels_every_enrollment_with_an_event() {
        ProgramPublished program = program(1);
        List<String> nips = employees(2);
        List<String> ids = nips.stream().map(nip -> enroll(program, nip).body().get("id").asString()).toList();

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.enrollments.events")) {
            TestKafka.send("latih.programs.events", new ProgramCancelled(UUID.randomUUID(), Instant.now(),
                    "3273.BKPSDM", program.programId(), "narasumber berhalangan", 2));
            List<EnrollmentCancelled> cancelled = tap.await(r -> ids.contains(EventTap.header(r, "ce_subject"))
                            && "latih.enrollments.EnrollmentCancelled.v1".equals(EventTap.header(r, "ce_type")), 2, WAIT)
                    .stream().map(r -> EventJson.read(r.value(), EnrollmentCancelled.class)).toList();

            assertThat(cancelled).extracting(EnrollmentCancelled::reason).containsOnly("program cancelled");
            assertThat(cancelled).extracting(EnrollmentCancelled::nip).containsExactlyInAnyOrderElementsOf(nips);
        }
        assertThat(ids).allMatch(id -> "CANCELLED".equals(status(id)));
    }
}
