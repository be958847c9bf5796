package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.EventJson;
import id.latih.events.ProgramDesign;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramSession;
import id.latih.events.SeatQuota;
import id.latih.events.TargetCompetency;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A program's whole design reaches enrollment and evaluation in its ProgramPublished, or nothing is published. */
class ProgramDesignIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final String designer = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");

    @Test
    void a_shared_program_publishes_its_sessions_quotas_criteria_and_budget() {
        Response published = http().post("/api/programs", designer, sharedProgram());

        assertThat(published.status()).isEqualTo(201);
        String programId = published.body().get("id").asString();
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.programs.events")) {
            ProgramPublished event = EventJson.read(tap.await(r -> programId.equals(EventTap.header(r, "ce_subject")),
                    1, WAIT).get(0).value(), ProgramPublished.class);
            ProgramDesign design = event.design();
            assertThat(event.revision()).isEqualTo(1);
            assertThat(design.sessions()).extracting(ProgramSession::sessionId).containsExactly("S-1", "S-2");
            assertThat(design.sessions().get(0).place()).isNull();
            assertThat(design.sessions().get(1).place()).startsWith("Aula Balai Kota");
            assertThat(design.sessions().get(1).startsAt()).isEqualTo(at(day(), 8));
            assertThat(design.seatQuotas()).containsExactly(new SeatQuota("3273.DINKES", 12),
                    new SeatQuota("3273.DISDIK", 18));
            assertThat(design.targetCompetencies()).containsExactly(new TargetCompetency("M.05", 3));
            assertThat(design.eligibleJobTypes()).containsExactly("PELAKSANA", "PENGAWAS");
            assertThat(design.supervisorApprovalRequired()).isTrue();
            assertThat(design.minimumAttendancePercent()).isEqualTo(80);
            assertThat(design.postTestPassMark()).isEqualTo(70);
            assertThat(design.kirkpatrickLevels()).containsExactly(1, 2, 3);
            assertThat(design.behaviourFollowUpDays()).isEqualTo(90);
            assertThat(design.minutesPerJp()).isEqualTo(45);
            assertThat(design.costPerParticipant()).isEqualTo(1_500_000);
            assertThat(design.fixedCosts()).isEqualTo(10_000_000);
        }
        assertThat(http().get("/api/programs/" + programId, designer).body().get("design").get("seatQuotas").size())
                .isEqualTo(2);
    }

    @Test
    void quotas_over_capacity_or_a_session_ending_before_it_starts_publish_nothing() {
        int before = http().get("/api/programs", designer).body().size();
        Map<String, Object> overQuota = sharedProgram();
        overQuota.put("capacity", 29);
        Map<String, Object> backwards = sharedProgram();
        backwards.put("sessions", List.of(Map.of("startsAt", at(day(), 12).toString(),
                "endsAt", at(day(), 8).toString(), "place", "Aula Balai Kota")));

        Response refusedQuota = http().post("/api/programs", designer, overQuota);
        Response refusedSession = http().post("/api/programs", designer, backwards);

        assertThat(refusedQuota.status()).isEqualTo(400);
        assertThat(refusedQuota.body().get("errors").get(0).get("field").asString()).isEqualTo("seatQuotas");
        assertThat(refusedSession.status()).isEqualTo(400);
        assertThat(refusedSession.body().get("errors").get(0).get("field").asString())
                .isEqualTo("sessions[0].endsAt");
        assertThat(http().get("/api/programs", designer).body().size()).isEqualTo(before);
    }

    @Test
    void a_target_level_outside_one_to_five_or_an_unknown_competency_names_the_field() {
        Map<String, Object> tooHigh = sharedProgram();
        tooHigh.put("targetCompetencies", List.of(Map.of("competencyCode", "M.05", "targetLevel", 6)));
        Map<String, Object> unknown = sharedProgram();
        unknown.put("targetCompetencies", List.of(Map.of("competencyCode", "M.99", "targetLevel", 3)));

        Response high = http().post("/api/programs", designer, tooHigh);
        Response code = http().post("/api/programs", designer, unknown);

        assertThat(high.status()).isEqualTo(400);
        assertThat(high.body().get("errors").get(0).get("field").asString())
                .isEqualTo("targetCompetencies[0].targetLevel");
        assertThat(code.status()).isEqualTo(400);
        assertThat(code.body().get("errors").get(0).get("field").asString())
                .startsWith("targetCompetencies[0].competencyCode");
    }

    @Test
    void a_facilitator_or_room_booked_at_that_time_in_the_region_is_refused_but_not_in_another_region() {
        Map<String, Object> first = sharedProgram();
        assertThat(http().post("/api/programs", designer, first).status()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        Map<String, Object> booked = ((List<Map<String, Object>>) first.get("sessions")).get(1);
        Map<String, Object> sameFacilitator = sharedProgram();
        sameFacilitator.put("sessions", List.of(Map.of("startsAt", at(day(), 14).toString(),
                "endsAt", at(day(), 16).toString(), "onlineLink", "https://meet.example.id/x",
                "facilitator", booked.get("facilitator"))));
        Map<String, Object> sameRoomAfterwards = sharedProgram();
        sameRoomAfterwards.put("sessions", List.of(Map.of("startsAt", at(day(), 15).toString(),
                "endsAt", at(day(), 17).toString(), "place", booked.get("place"))));
        Map<String, Object> sameRoomOverlapping = sharedProgram();
        sameRoomOverlapping.put("sessions", List.of(Map.of("startsAt", at(day(), 9).toString(),
                "endsAt", at(day(), 10).toString(), "place", booked.get("place"))));
        String dinkes = TestTokens.token("3273.DINKES", "PROGRAM_DESIGNER");
        String bogor = TestTokens.token("3201.DINKES", "PROGRAM_DESIGNER");

        Response facilitatorTaken = http().post("/api/programs", dinkes, sameFacilitator);
        Response roomTaken = http().post("/api/programs", dinkes, sameRoomOverlapping);

        assertThat(facilitatorTaken.status()).isEqualTo(400);
        assertThat(facilitatorTaken.body().get("errors").get(0).get("field").asString())
                .isEqualTo("sessions[0].facilitator");
        assertThat(roomTaken.status()).isEqualTo(400);
        assertThat(roomTaken.body().get("errors").get(0).get("field").asString()).isEqualTo("sessions[0].place");
        assertThat(http().post("/api/programs", dinkes, sameRoomAfterwards).status()).isEqualTo(201);
        Map<String, Object> elsewhere = new HashMap<>(sameFacilitator);
        elsewhere.remove("seatQuotas");
        assertThat(http().post("/api/programs", bogor, elsewhere).status()).isEqualTo(201);
    }

    private static LocalDate day() {
        return LocalDate.now(WIB).plusDays(7);
    }

    private static java.time.Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(WIB).toInstant();
    }

    static Map<String, Object> sharedProgram() {
        return sharedProgram("Pelayanan Publik Prima");
    }

    static Map<String, Object> sharedProgram(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("competencyCode", "M.05");
        body.put("route", "BLENDED");
        body.put("method", "WORKSHOP");
        body.put("jp", 24);
        body.put("capacity", 30);
        body.put("startDate", day().toString());
        body.put("endDate", day().plusDays(1).toString());
        body.put("targetCompetencies", List.of(Map.of("competencyCode", "M.05", "targetLevel", 3)));
        // facilitator and room unique per program: programs of these tests share their dates
        String unique = UUID.randomUUID().toString().substring(0, 8);
        body.put("sessions", List.of(
                Map.of("startsAt", at(day().plusDays(1), 8).toString(), "endsAt", at(day().plusDays(1), 12).toString(),
                        "onlineLink", "https://meet.example.id/prima", "facilitator", "Dr. Rina " + unique),
                Map.of("startsAt", at(day(), 8).toString(), "endsAt", at(day(), 15).toString(),
                        "place", "Aula Balai Kota " + unique, "facilitator", "Dr. Rina " + unique)));
        body.put("seatQuotas", List.of(Map.of("agencyCode", "3273.DINKES", "seats", 12),
                Map.of("agencyCode", "3273.DISDIK", "seats", 18)));
        body.put("eligibleJobTypes", List.of("PELAKSANA", "PENGAWAS"));
        body.put("supervisorApprovalRequired", true);
        body.put("postTestPassMark", 70);
        body.put("kirkpatrickLevels", List.of(3, 1, 2));
        body.put("costPerParticipant", 1_500_000);
        body.put("fixedCosts", 10_000_000);
        body.put("fundingSource", "APBD");
        return body;
    }
}
