package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EventJson;
import id.latih.events.ProgramPublished;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * DRAFT -> PUBLISHED: a draft is edited in private, announced by nothing, and published explicitly; its curriculum,
 * partners and positions travel in ProgramPublished. Region 3274 is this test's.
 */
class DraftLifecycleIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String designer = TestTokens.token("3274.DINKES", "PROGRAM_DESIGNER");

    @Test
    void a_draft_is_edited_without_events_and_its_publication_is_the_first_event_with_the_whole_curriculum() {
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.programs.events")) {
            Response drafted = http().post("/api/programs/drafts", designer, draft(30));
            assertThat(drafted.status()).as(drafted.raw()).isEqualTo(201);
            assertThat(drafted.body().get("status").asString()).isEqualTo("DRAFT");
            assertThat(drafted.body().get("revision").asInt()).isZero();
            String id = drafted.body().get("id").asString();

            Response edited = http().put("/api/programs/" + id + "/draft", designer, draft(40));
            assertThat(edited.status()).isEqualTo(200);
            assertThat(edited.body().get("capacity").asInt()).isEqualTo(40);
            Response published = http().post("/api/programs/" + id + "/publish", designer, Map.of());
            assertThat(published.status()).as(published.raw()).isEqualTo(200);
            assertThat(published.body().get("status").asString()).isEqualTo("PUBLISHED");
            assertThat(published.body().get("revision").asInt()).isEqualTo(1);

            List<ConsumerRecord<byte[], byte[]>> events = tap.await(
                    r -> id.equals(EventTap.header(r, "ce_subject")), 1, WAIT);
            assertThat(EventTap.header(events.get(0), "ce_type")).endsWith("ProgramPublished.v1");
            ProgramPublished event = EventJson.read(events.get(0).value(), ProgramPublished.class);
            assertThat(event.capacity()).isEqualTo(40);
            assertThat(event.version()).isEqualTo(3);
            assertThat(event.design().modules()).extracting(m -> m.moduleId() + " " + m.jp() + " " + m.method())
                    .containsExactly("M-1 16 WORKSHOP", "M-2 8 E_LEARNING");
            assertThat(event.design().partners()).singleElement()
                    .satisfies(p -> assertThat(p.kind()).isEqualTo("PROFESSIONAL_BODY"));
            assertThat(event.design().eligiblePositions()).containsExactly("Perawat Ahli Pertama");
            assertThat(event.design().fundingSource()).isEqualTo("APBD");
        }
    }

    @Test
    void only_the_organising_agencys_designers_see_a_draft_and_nobody_enrolls_from_the_catalog() {
        String id = http().post("/api/programs/drafts", designer, draft(30)).body().get("id").asString();
        String admin = TestTokens.token("3274.DINKES", "AGENCY_ADMIN");
        String regionAnalyst = TestTokens.token("3274.BKPSDM", "REGION_ANALYST");
        String employee = TestTokens.employeeToken("3274.DINKES", "198503152010011001");

        assertThat(http().get("/api/programs/" + id, designer).status()).isEqualTo(200);
        assertThat(http().get("/api/programs/" + id, admin).status()).isEqualTo(200);
        assertThat(http().get("/api/programs/" + id, regionAnalyst).status()).isEqualTo(404);
        assertThat(http().get("/api/programs/" + id, employee).status()).isEqualTo(404);
        assertThat(http().post("/api/programs/" + id + "/publish", regionAnalyst, Map.of()).status())
                .isEqualTo(404);
        assertThat(http().get("/api/programs?size=200", designer).body().findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(http().get("/api/programs?status=DRAFT&size=200", designer).body().findValuesAsString("id"))
                .contains(id);
        assertThat(http().get("/api/programs?status=DRAFT", regionAnalyst).status()).isEqualTo(403);
    }

    @Test
    void a_draft_books_no_room_so_publishing_it_after_another_took_the_room_is_refused_and_it_stays_a_draft() {
        Map<String, Object> body = draft(30);
        String id = http().post("/api/programs/drafts", designer, body).body().get("id").asString();
        assertThat(http().post("/api/programs", TestTokens.token("3274.DISDIK", "PROGRAM_DESIGNER"), body).status())
                .isEqualTo(201);

        Response refused = http().post("/api/programs/" + id + "/publish", designer, Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString())
                .isEqualTo("sessions[0].facilitator");
        assertThat(http().get("/api/programs/" + id, designer).body().get("status").asString()).isEqualTo("DRAFT");
        assertThat(http().post("/api/programs/" + id + "/cancel", designer, Map.of("reason", "Ruang dipakai"))
                .body().get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void a_published_program_is_no_draft_and_a_curriculum_that_misses_the_programs_jp_names_the_field() {
        Response published = http().post("/api/programs", designer, draft(30));
        assertThat(published.status()).isEqualTo(201);
        String id = published.body().get("id").asString();
        Map<String, Object> short16 = draft(30);
        short16.put("modules", List.of(Map.of("title", "Etika", "jp", 16, "method", "WORKSHOP")));
        Map<String, Object> badKind = draft(30);
        badKind.put("partners", List.of(Map.of("name", "PT Contoh", "kind", "NGO")));

        Response again = http().post("/api/programs/" + id + "/publish", designer, Map.of());
        Response edit = http().put("/api/programs/" + id + "/draft", designer, draft(30));
        Response jp = http().post("/api/programs/drafts", designer, short16);
        Response kind = http().post("/api/programs/drafts", designer, badKind);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("type").asString()).endsWith("/program-not-draft");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(jp.status()).isEqualTo(400);
        assertThat(jp.body().get("errors").get(0).get("field").asString()).isEqualTo("modules");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body().get("errors").get(0).get("field").asString()).startsWith("partners[0].kind");
    }

    /** A 24 JP blended program of 16 JP in class and 8 JP online, in a room of its own. */
    private static Map<String, Object> draft(int capacity) {
        Map<String, Object> body = ProgramDesignIT.sharedProgram("Keperawatan Gawat Darurat");
        body.remove("seatQuotas");
        body.put("capacity", capacity);
        body.put("competencyCode", "M.05");
        body.put("modules", List.of(
                Map.of("title", "Triase", "jp", 16, "method", "WORKSHOP", "facilitator", "Ns. Dewi"),
                Map.of("title", "Dokumentasi", "jp", 8, "method", "E_LEARNING")));
        body.put("partners", List.of(Map.of("name", "Persatuan Perawat Nasional Indonesia",
                "kind", "PROFESSIONAL_BODY")));
        body.put("eligiblePositions", List.of("Perawat Ahli Pertama"));
        body.put("fundingSource", "APBD");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) body.get("sessions");
        body.put("sessions", sessions.stream().map(s -> {
            Map<String, Object> copy = new HashMap<>(s);
            copy.put("facilitator", "Ns. Dewi " + unique);
            if (copy.containsKey("place")) {
                copy.put("place", "Ruang Simulasi " + unique);
            }
            return copy;
        }).toList());
        return body;
    }
}
