package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
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

/** The backlog by demand, and a region's shared class proposed from it and adopted. Region 3279 is this test's. */
class DemandPoolingIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String centre = TestTokens.token("3279.BKPSDM", "PROGRAM_DESIGNER", "REGION_ANALYST");

    @Test
    void unplanned_needs_are_ranked_by_staff_affected_pooled_across_agencies_and_planned_once_adopted() {
        List<NeedIdentified> needs = new ArrayList<>(List.of(
                need("3279.DINKES", "198503152010011001", "M.05", 1, 3),
                need("3279.DINKES", "198503152010011002", "M.05", 2, 3),
                need("3279.DINKES", "198503152010011003", "M.05", 1, 3),
                need("3279.DISDIK", "199001012015032002", "M.05", 2, 4),
                need("3279.DINKES", "198503152010011001", "M.01", 2, 3)));
        NeedIdentified addressed = need("3279.DISDIK", "199001012015032003", "M.05", 1, 3);
        needs.forEach(n -> TestKafka.send("latih.needs.events", n));
        TestKafka.send("latih.needs.events", needs.get(0));
        TestKafka.send("latih.needs.events", addressed);
        TestKafka.send("latih.needs.events", new NeedStatusChanged(UUID.randomUUID(), Instant.now(), "3279.DISDIK",
                addressed.needId(), addressed.nip(), "IDENTIFIED", "ADDRESSED", "resolved", 2));
        await().atMost(WAIT).until(() -> demand().size() == 3 && demand().get(1).get("affectedStaff").asInt() == 1
                && pooling().size() == 1 && pooling().get(0).get("affectedStaff").asInt() == 4);

        JsonNode top = demand().get(0);
        assertThat(top.get("agencyCode").asString()).isEqualTo("3279.DINKES");
        assertThat(top.get("competencyCode").asString()).isEqualTo("M.05");
        assertThat(top.get("affectedStaff").asInt()).isEqualTo(3);
        assertThat(top.get("averageGap").asDouble()).isEqualTo(1.67);   // (2 + 1 + 2) / 3
        JsonNode proposal = pooling().get(0);
        assertThat(proposal.get("capacity").asInt()).isEqualTo(4);
        assertThat(proposal.get("targetCompetencies").get(0).get("targetLevel").asInt()).isEqualTo(4);
        assertThat(proposal.get("seatQuotas").findValuesAsString("agencyCode"))
                .containsExactly("3279.DINKES", "3279.DISDIK");
        assertThat(proposal.get("seatQuotas").findValues("seats")).extracting(JsonNode::asInt).containsExactly(3, 1);

        Response adopted = http().post("/api/programs", centre, adopt(proposal));

        assertThat(adopted.status()).as(adopted.raw()).isEqualTo(201);
        await().atMost(WAIT).until(() -> pooling().isEmpty());
        assertThat(demand()).extracting(d -> d.get("competencyCode").asString()).containsExactly("M.01");
    }

    @Test
    void an_agency_need_from_the_akpk_counts_every_staff_member_it_names() {
        String region = TestTokens.token("3278.BKPSDM", "PROGRAM_DESIGNER", "REGION_ANALYST");
        NeedIdentified agencyNeed = new NeedIdentified(UUID.randomUUID(), Instant.now(), "3278.DINKES",
                "N-2026-3278.DINKES-M.04", null, "M.04", "MANAJERIAL", 1, 3, "AKPK", 2026, 1, null,
                List.of("198503152010011001", "198503152010011002"), 40, 3, 1.5, 72.5);
        TestKafka.send("latih.needs.events", agencyNeed);
        TestKafka.send("latih.needs.events", need("3278.DINKES", "198503152010011009", "M.04", 2, 3));

        await().atMost(WAIT).until(() -> http().get("/api/backlog/demand?cycleYear=2026", region).body().size() == 1
                && http().get("/api/backlog/demand?cycleYear=2026", region).body().get(0).get("affectedStaff")
                .asInt() == 41);
        JsonNode listed = null;
        for (JsonNode n : http().get("/api/backlog?competencyCode=M.04", region).body()) {
            listed = agencyNeed.needId().equals(n.get("needId").asString()) ? n : listed;
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("staffAffected").asInt()).isEqualTo(40);
        assertThat(listed.get("priority").asDouble()).isEqualTo(72.5);
    }

    @Test
    void an_employee_reads_no_demand_and_another_region_sees_none_of_this_one() {
        assertThat(http().get("/api/backlog/demand", TestTokens.employeeToken("3279.DINKES", "198503152010011001"))
                .status()).isEqualTo(403);
        assertThat(http().get("/api/backlog/pooling?cycleYear=2026", TestTokens.token("3204.BKPSDM",
                "REGION_ANALYST")).body().findValuesAsString("regionCode")).doesNotContain("3279");
        Response badYear = http().get("/api/backlog/demand?cycleYear=20x6", centre);
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body().get("errors").get(0).get("field").asString()).isEqualTo("cycleYear");
    }

    private List<JsonNode> demand() {
        List<JsonNode> rows = new ArrayList<>();
        http().get("/api/backlog/demand?cycleYear=2026", centre).body().forEach(rows::add);
        return rows;
    }

    private List<JsonNode> pooling() {
        List<JsonNode> rows = new ArrayList<>();
        http().get("/api/backlog/pooling?cycleYear=2026", centre).body().forEach(rows::add);
        return rows;
    }

    private static Map<String, Object> adopt(JsonNode proposal) {
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(30);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Pelayanan Publik bersama");
        body.put("competencyCode", proposal.get("competencyCode").asString());
        body.put("route", "KLASIKAL");
        body.put("method", "CLASS");
        body.put("jp", 20);
        body.put("capacity", proposal.get("capacity").asInt());
        body.put("startDate", start.toString());
        body.put("endDate", start.plusDays(2).toString());
        List<Map<String, Object>> quotas = new ArrayList<>();
        proposal.get("seatQuotas").forEach(q -> quotas.add(Map.of("agencyCode", q.get("agencyCode").asString(),
                "seats", q.get("seats").asInt())));
        body.put("seatQuotas", quotas);
        body.put("needIds", toList(proposal.get("needIds")));
        return body;
    }

    private static List<String> toList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static NeedIdentified need(String agency, String nip, String competency, int current, int required) {
        return new NeedIdentified(UUID.randomUUID(), Instant.now(), agency,
                "N-2026-" + nip + "-" + competency + "-" + UUID.randomUUID().toString().substring(0, 8), nip,
                competency, "MANAJERIAL", current,
                required, "COMPETENCY_GAP:ASSESSMENT_CENTER", 2026, 1);
    }
}
