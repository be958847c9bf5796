package id.latih.enrollments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EnrollmentRequested;
import id.latih.events.EventJson;
import id.latih.events.ProgramDesign;
import id.latih.events.ProgramPublished;
import id.latih.testing.EventTap;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovalIT extends EnrollmentScenario {

    @Test
    void her_request_takes_no_seat_until_her_supervisor_approves_it_and_is_decided_only_once() {
        ProgramPublished program = requiringApproval(2);
        String boss = employees(1).get(0);
        String nip = employees(1, boss).get(0);
        String supervisor = TestTokens.personToken(DINKES, boss, "SUPERVISOR");

        Response requested = request(program, nip);
        int seatsWhilePending = seatsTaken(program);
        Response approved = http().post("/api/enrollments/" + requested.body().get("id").asString() + "/approval",
                supervisor, "{}");
        Response again = http().post("/api/enrollments/" + requested.body().get("id").asString() + "/approval",
                supervisor, "{}");

        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.body().get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(seatsWhilePending).isZero();
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(seatsTaken(program)).isEqualTo(1);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).isEqualTo("https://latih.id/problems/not-pending");
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.enrollments.events")) {
            EnrollmentRequested event = EventJson.read(tap.await(r -> requested.body().get("id").asString()
                    .equals(EventTap.header(r, "ce_subject")) && "latih.enrollments.EnrollmentRequested.v1"
                    .equals(EventTap.header(r, "ce_type")), 1, WAIT).get(0).value(), EnrollmentRequested.class);
            assertThat(event.supervisorNip()).isEqualTo(boss);
        }
    }

    @Test
    void approved_into_a_full_program_she_waits_in_line_and_takes_the_next_free_seat() {
        ProgramPublished program = requiringApproval(1);
        String boss = employees(1).get(0);
        List<String> staff = employees(2, boss);
        String supervisor = TestTokens.personToken(DINKES, boss, "SUPERVISOR");
        String seated = http().post("/api/enrollments", supervisor,
                Map.of("programId", program.programId(), "nip", staff.get(0))).body().get("id").asString();
        String pending = request(program, staff.get(1)).body().get("id").asString();

        Response approved = http().post("/api/enrollments/" + pending + "/approval", supervisor, "{}");
        http().post("/api/enrollments/" + seated + "/withdrawal", admin, Map.of("reason", "dinas luar kota"));

        assertThat(approved.body().get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(status(pending)).isEqualTo("CONFIRMED");
        assertThat(seatsTaken(program)).isEqualTo(1);
    }

    @Test
    void only_her_own_supervisor_decides_and_a_rejection_ends_the_request() {
        ProgramPublished program = requiringApproval(2);
        String boss = employees(1).get(0);
        String otherBoss = employees(1).get(0);
        String nip = employees(1, boss).get(0);
        String pending = request(program, nip).body().get("id").asString();

        Response byAdmin = http().post("/api/enrollments/" + pending + "/approval", admin, "{}");
        Response byHerself = http().post("/api/enrollments/" + pending + "/approval",
                TestTokens.employeeToken(DINKES, nip), "{}");
        Response byAnother = http().post("/api/enrollments/" + pending + "/approval",
                TestTokens.personToken(DINKES, otherBoss, "SUPERVISOR"), "{}");
        Response rejected = http().post("/api/enrollments/" + pending + "/rejection",
                TestTokens.personToken(DINKES, boss, "SUPERVISOR"), Map.of("reason", "beban kerja bulan ini"));

        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byHerself.status()).isEqualTo(403);
        assertThat(byAnother.status()).isEqualTo(404);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(seatsTaken(program)).isZero();
    }

    private Response request(ProgramPublished program, String nip) {
        return http().post("/api/enrollments", TestTokens.employeeToken(DINKES, nip),
                Map.of("programId", program.programId(), "nip", nip));
    }

    private ProgramPublished requiringApproval(int capacity) {
        ProgramDesign design = new ProgramDesign(45, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), true, 0, 0, List.of(), 0, 0, 0, null);
        ProgramPublished program = new ProgramPublished(UUID.randomUUID(), Instant.now(), "3273.BKPSDM",
                "P-" + UUID.randomUUID(), "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", 24, capacity,
                LocalDate.now(), LocalDate.now().plusDays(3), List.of(), design, 1, 1);
        TestKafka.send("latih.programs.events", program);
        await().atMost(WAIT).until(() -> http().get("/api/offerings", admin).body().findValuesAsString("programId")
                .contains(program.programId()));
        return program;
    }
}
