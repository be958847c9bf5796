package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EmployeeRegistered;
import id.latih.events.EventJson;
import id.latih.events.NeedIdentified;
import id.latih.events.ProgramPublished;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgramServiceIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String designer = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");

    @Test
    void an_identified_need_appears_once_in_the_backlog_and_a_program_plans_for_it() {
        NeedIdentified need = need("3273.BKPSDM");
        TestKafka.send("latih.needs.events", need);
        TestKafka.send("latih.needs.events", need);
        await().atMost(WAIT).until(() -> backlogIds(designer).contains(need.needId()));

        Response published = http().post("/api/programs", designer, program(List.of(need.needId())));

        assertThat(published.status()).isEqualTo(201);
        String programId = published.body().get("id").asString();
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.programs.events")) {
            ProgramPublished event = EventJson.read(tap.await(r -> programId.equals(EventTap.header(r, "ce_subject")),
                    1, WAIT).get(0).value(), ProgramPublished.class);
            assertThat(event.needIds()).containsExactly(need.needId());
            assertThat(event.capacity()).isEqualTo(25);
            assertThat(event.version()).isEqualTo(1);
        }
        assertThat(backlogIds(designer).stream().filter(id -> id.equals(need.needId()))).hasSize(1);
        await().atMost(WAIT).until(() -> http().get("/api/backlog", designer).body()
                .findValuesAsString("programId").contains(programId));
    }

    @Test
    void a_program_for_a_need_outside_the_backlog_is_refused_and_nothing_is_published() {
        int before = http().get("/api/programs", designer).body().size();

        Response refused = http().post("/api/programs", designer, program(List.of("N-2026-unknown")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("needIds");
        assertThat(http().get("/api/programs", designer).body().size()).isEqualTo(before);
    }

    @Test
    void a_program_with_an_impossible_schedule_names_the_field() {
        Map<String, Object> body = new HashMap<>(program(List.of()));
        body.put("endDate", today().minusDays(3).toString());
        body.put("startDate", today().toString());

        Response refused = http().post("/api/programs", designer, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("endDate");
    }

    @Test
    void other_regions_see_neither_the_backlog_nor_the_programs() {
        NeedIdentified need = need("3273.DISDIK");
        TestKafka.send("latih.needs.events", need);
        String disdik = TestTokens.token("3273.DISDIK", "AGENCY_ADMIN");
        await().atMost(WAIT).until(() -> backlogIds(disdik).contains(need.needId()));
        String programId = http().post("/api/programs", disdik, program(List.of())).body().get("id").asString();
        String elsewhere = TestTokens.token("3204.DISDIK", "PROGRAM_DESIGNER");

        assertThat(backlogIds(elsewhere)).doesNotContain(need.needId());
        assertThat(http().get("/api/programs/" + programId, elsewhere).status()).isEqualTo(404);
        assertThat(backlogIds(TestTokens.token("3273.BKPSDM", "REGION_ANALYST"))).contains(need.needId());
    }

    @Test
    void an_overlong_title_an_oversized_body_or_a_code_outside_the_dictionary_publishes_nothing() {
        int before = http().get("/api/programs", designer).body().size();

        Response longTitle = http().post("/api/programs", designer, with("title", "T".repeat(201)));
        Response hugeTitle = http().post("/api/programs", designer, with("title", "T".repeat(1_500_000)));

        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.body().get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertThat(hugeTitle.status()).isEqualTo(413);
        assertThat(hugeTitle.body().get("type").asString()).isEqualTo("https://latih.id/problems/too-large");
        for (String code : List.of("m.05", "ZZZZ.01", "M.9", "T.kes.01")) {
            Response refused = http().post("/api/programs", designer, with("competencyCode", code));
            assertThat(refused.status()).as(code).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("competencyCode");
        }
        assertThat(http().get("/api/programs", designer).body().size()).isEqualTo(before);
    }

    @Test
    void capacity_must_be_a_whole_json_number() {
        Response fractional = http().post("/api/programs", designer, with("capacity", 25.5));
        Response text = http().post("/api/programs", designer, with("capacity", "25"));

        assertThat(fractional.status()).isEqualTo(400);
        assertThat(fractional.body().get("errors").get(0).get("field").asString()).isEqualTo("capacity");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body().get("errors").get(0).get("field").asString()).isEqualTo("capacity");
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(program(List.of()));
        body.put(field, value);
        return body;
    }

    @Test
    void a_region_analyst_reads_every_agencys_backlog_but_an_employee_sees_only_their_own_needs() {
        NeedIdentified theirs = need("3273.DINSOS");
        NeedIdentified colleagues = new NeedIdentified(UUID.randomUUID(), Instant.now(), "3273.DINSOS",
                "N-2026-" + UUID.randomUUID() + "-M.02", "199001012015032002", "M.02", "MANAJERIAL", 1, 3,
                "COMPETENCY_GAP:SUPERVISOR", 2026, 1);
        TestKafka.send("latih.needs.events", theirs);
        TestKafka.send("latih.needs.events", colleagues);
        String analyst = TestTokens.token("3273.BKPSDM", "REGION_ANALYST");
        await().atMost(WAIT).until(() -> backlogIds(analyst).containsAll(List.of(theirs.needId(),
                colleagues.needId())));

        List<String> seenByEmployee = backlogIds(TestTokens.employeeToken("3273.DINSOS", theirs.nip()));

        assertThat(seenByEmployee).contains(theirs.needId()).doesNotContain(colleagues.needId());
        assertThat(http().post("/api/programs", analyst, program(List.of(theirs.needId()))).status()).isEqualTo(403);
    }

    @Test
    void a_supervisor_sees_the_needs_of_their_staff_in_the_backlog_and_no_one_elses() {
        String kabid = "197801012005011301";
        String staffNip = "198503152010012302";
        TestKafka.send("latih.needs.events", new EmployeeRegistered(UUID.randomUUID(), Instant.now(), "3273.DINSOS",
                staffNip, "Siti", "PNS", "Analis", "PELAKSANA", kabid, 1));
        NeedIdentified staffs = new NeedIdentified(UUID.randomUUID(), Instant.now(), "3273.DINSOS",
                "N-2026-" + UUID.randomUUID() + "-M.03", staffNip, "M.03", "MANAJERIAL", 1, 3, "COMPETENCY_GAP:SUPERVISOR",
                2026, 1);
        NeedIdentified others = need("3273.DINSOS");
        TestKafka.send("latih.needs.events", staffs);
        TestKafka.send("latih.needs.events", others);
        String supervisor = TestTokens.personToken("3273.DINSOS", kabid, "SUPERVISOR");
        await().atMost(WAIT).until(() -> backlogIds(TestTokens.token("3273.DINSOS", "AGENCY_ADMIN"))
                .contains(others.needId()));

        await().atMost(WAIT).until(() -> backlogIds(supervisor).contains(staffs.needId()));
        assertThat(backlogIds(supervisor)).doesNotContain(others.needId());
    }

    private List<String> backlogIds(String token) {
        return http().get("/api/backlog", token).body().findValuesAsString("needId");
    }

    private static NeedIdentified need(String agency) {
        return new NeedIdentified(UUID.randomUUID(), Instant.now(), agency, "N-2026-" + UUID.randomUUID() + "-M.05",
                "198503152010011001", "M.05", "MANAJERIAL", 2, 3, "COMPETENCY_GAP:ASSESSMENT_CENTER", 2026, 1);
    }

    private static Map<String, Object> program(List<String> needIds) {
        return Map.of("title", "Pelayanan Publik Prima", "competencyCode", "M.05", "route", "KLASIKAL",
                "method", "WORKSHOP", "jp", 24, "capacity", 25, "startDate", today().toString(),
                "endDate", today().plusDays(3).toString(), "needIds", needIds);
    }

    /** Today for the agencies (the service's time zone setting), which UTC can trail by a day. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }
}
