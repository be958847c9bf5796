package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.NeedIdentified;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A region's pooling proposal adopted as a draft, then published: its needs leave the pool. Region 3275's. */
class PoolingAdoptionIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String centre = TestTokens.token("3275.BKPSDM", "PROGRAM_DESIGNER", "REGION_ANALYST");

    @Test
    void an_adopted_proposal_is_a_draft_with_its_quotas_and_needs_and_leaves_the_pool_once_published() {
        // 3 staff of DINKES and 1 of DISDIK need M.07: a class of 4, quotas 3 and 1
        List.of(need("3275.DINKES", "198503152010011001", 3), need("3275.DINKES", "198503152010011002", 3),
                need("3275.DINKES", "198503152010011003", 2), need("3275.DISDIK", "199001012015032002", 4))
                .forEach(n -> TestKafka.send("latih.needs.events", n));
        await().atMost(WAIT).until(() -> pooling().size() == 1 && pooling().get(0).get("affectedStaff").asInt() == 4);

        Response adopted = http().post("/api/backlog/pooling/adoptions", centre, adoption("M.07"));

        assertThat(adopted.status()).as(adopted.raw()).isEqualTo(201);
        JsonNode draft = adopted.body();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("agencyCode").asString()).isEqualTo("3275.BKPSDM");
        assertThat(draft.get("capacity").asInt()).isEqualTo(4);
        assertThat(draft.get("needIds").size()).isEqualTo(4);
        assertThat(draft.get("design").get("seatQuotas").findValues("seats")).extracting(JsonNode::asInt)
                .containsExactly(3, 1);
        assertThat(draft.get("design").get("targetCompetencies").get(0).get("targetLevel").asInt()).isEqualTo(4);
        assertThat(pooling()).hasSize(1);   // a draft plans nothing yet

        String id = draft.get("id").asString();
        assertThat(http().post("/api/programs/" + id + "/publish", centre, Map.of()).status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> pooling().isEmpty());
    }

    @Test
    void a_competency_with_no_proposal_is_not_found_and_a_missing_title_names_the_field() {
        Response none = http().post("/api/backlog/pooling/adoptions", centre, adoption("M.08"));
        Map<String, Object> untitled = adoption("M.07");
        untitled.remove("title");
        Response noTitle = http().post("/api/backlog/pooling/adoptions", centre, untitled);

        assertThat(none.status()).isEqualTo(404);
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body().get("errors").get(0).get("field").asString()).isEqualTo("title");
    }

    private List<JsonNode> pooling() {
        List<JsonNode> rows = new ArrayList<>();
        http().get("/api/backlog/pooling?cycleYear=2026", centre).body().forEach(rows::add);
        return rows;
    }

    private static Map<String, Object> adoption(String competency) {
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(40);
        Map<String, Object> body = new HashMap<>();
        body.put("cycleYear", 2026);
        body.put("competencyCode", competency);
        body.put("title", "Mengelola Perubahan bersama");
        body.put("route", "KLASIKAL");
        body.put("method", "CLASS");
        body.put("jp", 16);
        body.put("startDate", start.toString());
        body.put("endDate", start.plusDays(1).toString());
        return body;
    }

    private static NeedIdentified need(String agency, String nip, int required) {
        return new NeedIdentified(UUID.randomUUID(), Instant.now(), agency,
                "N-2026-" + nip + "-M.07-" + UUID.randomUUID().toString().substring(0, 8), nip, "M.07",
                "MANAJERIAL", 1, required, "COMPETENCY_GAP:ASSESSMENT_CENTER", 2026, 1);
    }
}
