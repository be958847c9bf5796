package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EnrollmentCancelled;
import id.latih.events.EnrollmentConfirmed;
import id.latih.events.EventJson;
import id.latih.events.ProgramCancelled;
import id.latih.events.ProgramRevised;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Revising, cancelling and closing a published program: who may, and what enrollment learns. */
class ProgramLifecycleIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ENROLLMENTS = "latih.enrollments.events";
    private final String designer = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");

    @Test
    void a_revision_is_announced_whole_with_the_next_revision_number() {
        String programId = publish();
        Map<String, Object> revision = ProgramDesignIT.sharedProgram();
        revision.put("capacity", 40);

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.programs.events")) {
            Response revised = http().post("/api/programs/" + programId + "/revisions", designer, revision);

            assertThat(revised.status()).isEqualTo(200);
            assertThat(revised.body().get("revision").asInt()).isEqualTo(2);
            ProgramRevised event = EventJson.read(tap.await(r -> programId.equals(EventTap.header(r, "ce_subject"))
                    && EventTap.header(r, "ce_type").endsWith("ProgramRevised.v1"), 1, WAIT).get(0).value(),
                    ProgramRevised.class);
            assertThat(event.capacity()).isEqualTo(40);
            assertThat(event.revision()).isEqualTo(2);
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.design().sessions()).hasSize(2);
        }
    }

    @Test
    void capacity_cannot_drop_below_seats_confirmed_counting_duplicates_once_and_the_latest_state_of_each() {
        String programId = publish();
        Instant t = Instant.now();
        EnrollmentConfirmed a = confirmed(programId, "198503152010011001", t);
        EnrollmentConfirmed b = confirmed(programId, "199001012015032002", t);
        EnrollmentConfirmed c = confirmed(programId, "197801012005011301", t);
        // c is cancelled later, but the cancellation arrives first; a arrives twice
        TestKafka.send(ENROLLMENTS, new EnrollmentCancelled(UUID.randomUUID(), t.plusSeconds(60), "3273.DINKES",
                c.enrollmentId(), programId, c.nip(), "mutasi"));
        TestKafka.send(ENROLLMENTS, a);
        TestKafka.send(ENROLLMENTS, a);
        TestKafka.send(ENROLLMENTS, b);
        TestKafka.send(ENROLLMENTS, c);
        Map<String, Object> tooSmall = ProgramDesignIT.sharedProgram();
        tooSmall.put("capacity", 1);
        tooSmall.remove("seatQuotas");
        Map<String, Object> justEnough = ProgramDesignIT.sharedProgram();
        justEnough.put("capacity", 2);
        justEnough.remove("seatQuotas");

        await().atMost(WAIT).until(() -> http().get("/api/programs/" + programId, designer).body()
                .get("confirmedSeats").asInt() == 2);
        Response refused = http().post("/api/programs/" + programId + "/revisions", designer, tooSmall);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("capacity");
        assertThat(http().get("/api/programs/" + programId, designer).body().get("capacity").asInt()).isEqualTo(30);
        assertThat(http().post("/api/programs/" + programId + "/revisions", designer, justEnough).status())
                .isEqualTo(200);
    }

    @Test
    void only_the_organising_agencys_designer_changes_a_program() {
        String programId = publish();
        String analyst = TestTokens.token("3273.BKPSDM", "REGION_ANALYST");
        String otherAgency = TestTokens.token("3273.DINKES", "PROGRAM_DESIGNER");
        String otherRegion = TestTokens.token("3201.BKPSDM", "PROGRAM_DESIGNER");
        Map<String, String> reason = Map.of("reason", "Anggaran dialihkan");

        assertThat(http().post("/api/programs/" + programId + "/cancel", analyst, reason).status()).isEqualTo(403);
        assertThat(http().post("/api/programs/" + programId + "/cancel", otherAgency, reason).status())
                .isIn(403, 404);
        assertThat(http().post("/api/programs/" + programId + "/cancel", otherRegion, reason).status())
                .isEqualTo(404);
        assertThat(http().get("/api/programs/" + programId, designer).body().get("status").asString())
                .isEqualTo("PUBLISHED");
    }

    @Test
    void a_cancelled_program_is_announced_and_can_no_longer_be_revised_or_closed() {
        String programId = publish();

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.programs.events")) {
            Response cancelled = http().post("/api/programs/" + programId + "/cancel", designer,
                    Map.of("reason", "Anggaran dialihkan"));

            assertThat(cancelled.status()).isEqualTo(200);
            ProgramCancelled event = EventJson.read(tap.await(r -> programId.equals(EventTap.header(r, "ce_subject"))
                    && EventTap.header(r, "ce_type").endsWith("ProgramCancelled.v1"), 1, WAIT).get(0).value(),
                    ProgramCancelled.class);
            assertThat(event.reason()).isEqualTo("Anggaran dialihkan");
            assertThat(event.version()).isEqualTo(2);
        }
        Response revise = http().post("/api/programs/" + programId + "/revisions", designer,
                ProgramDesignIT.sharedProgram());
        assertThat(revise.status()).isEqualTo(409);
        assertThat(revise.body().get("type").asString()).endsWith("/program-not-open");
        assertThat(http().post("/api/programs/" + programId + "/close", designer, Map.of()).status()).isEqualTo(409);
    }

    @Test
    void a_program_is_not_closed_before_its_last_day() {
        String programId = publish();

        Response close = http().post("/api/programs/" + programId + "/close", designer, Map.of());

        assertThat(close.status()).isEqualTo(409);
        assertThat(close.body().get("type").asString()).endsWith("/program-not-ended");
    }

    private String publish() {
        Response published = http().post("/api/programs", designer, ProgramDesignIT.sharedProgram());
        assertThat(published.status()).isEqualTo(201);
        return published.body().get("id").asString();
    }

    private static EnrollmentConfirmed confirmed(String programId, String nip, Instant at) {
        return new EnrollmentConfirmed(UUID.randomUUID(), at, "3273.DINKES", "E-" + programId + "-" + nip, programId,
                nip);
    }
}
