package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EventJson;
import id.latih.events.FollowUpRecommended;
import id.latih.events.NeedIdentified;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Evaluation's recommendation of follow-up opens one linked need, and only where a need was on record. */
class FollowUpRecommendedIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DINKES = "3273.DINKES";
    private final String admin = TestTokens.token(DINKES, "AGENCY_ADMIN");

    @Test
    void a_recommendation_opens_one_follow_up_need_linked_to_the_original() {
        String nip = registered();
        http().post("/api/employees/" + nip + "/assessments", admin, Map.of("competencyCode", "M.04",
                "assessedLevel", 1, "method", "SUPERVISOR", "assessedOn", "2026-01-10"));
        http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2026));
        Instant at = Instant.parse("2026-09-01T03:00:00Z");
        FollowUpRecommended recommended = new FollowUpRecommended(UUID.randomUUID(), at, DINKES, "EV-1", nip,
                "M.04", "low transfer");

        TestKafka.send("latih.evaluations.events", recommended);
        TestKafka.send("latih.evaluations.events", new FollowUpRecommended(UUID.randomUUID(), at, DINKES, "EV-2",
                nip, "M.04", "low gain"));

        String followUpId = "N-2026-" + nip + "-M.04-FU";
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            NeedIdentified identified = EventJson.read(tap.await(r -> followUpId.equals(EventTap.header(r,
                    "ce_subject")), 1, WAIT).get(0).value(), NeedIdentified.class);
            assertThat(identified.followUpOf()).isEqualTo("N-2026-" + nip + "-M.04");
            assertThat(identified.currentLevel()).isEqualTo(1);
            assertThat(identified.requiredLevel()).isEqualTo(3);
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> tap.seen().stream()
                    .filter(r -> followUpId.equals(EventTap.header(r, "ce_subject"))).count() == 1);
        }
        assertThat(http().get("/api/needs?competencyCode=M.04&size=100", admin).body().findValuesAsString("followUpOf"))
                .contains("N-2026-" + nip + "-M.04");
    }

    @Test
    void a_recommendation_without_a_need_on_record_opens_nothing() {
        String nip = registered();
        String evaluation = "EV-" + UUID.randomUUID();

        TestKafka.send("latih.evaluations.events", new FollowUpRecommended(UUID.randomUUID(), Instant.now(), DINKES,
                evaluation, nip, "M.06", "low gain"));
        String marker = registered();
        http().post("/api/employees/" + marker + "/assessments", admin, Map.of("competencyCode", "M.06",
                "assessedLevel", 1, "method", "SUPERVISOR", "assessedOn", "2026-01-10"));
        http().post("/api/employees/" + marker + "/needs-analysis", admin, Map.of("cycleYear", 2026));
        TestKafka.send("latih.evaluations.events", new FollowUpRecommended(UUID.randomUUID(), Instant.now(), DINKES,
                evaluation, marker, "M.06", "low gain"));

        // Both events have the same key (the evaluation), so they are applied in order: once the later one has
        // opened its need, the earlier one has been handled.
        await().atMost(WAIT).until(() -> http().get("/api/needs?competencyCode=M.06&size=100", admin).body()
                .findValuesAsString("followUpOf").contains("N-2026-" + marker + "-M.06"));
        assertThat(http().get("/api/needs?competencyCode=M.06&size=100", admin).body().findValuesAsString("nip"))
                .doesNotContain(nip);
    }

    private String registered() {
        String nip = TestNips.unique("198503152010011");
        var created = http().post("/api/employees", admin, Map.of("nip", nip, "name", "Siti Rahma",
                "employmentType", "PNS", "jobType", "ADMINISTRATOR", "positionTitle", "Perawat"));
        return created.status() == 409 || created.status() == 202 ? registered() : nip;
    }
}
