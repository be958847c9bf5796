package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.CompetencyObserved;
import id.latih.events.EventJson;
import id.latih.events.NeedStatusChanged;
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

/** The loop back from evaluation: levels seen on the job become evidence and resolve the needs they meet. */
class CompetencyObservedIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DINKES = "3273.DINKES";
    private static final String RESOLVED_TYPE = "latih.needs.NeedStatusChanged.v1";
    private final String admin = TestTokens.token(DINKES, "AGENCY_ADMIN");

    @Test
    void a_level_below_the_target_is_kept_as_evidence_and_the_target_level_resolves_the_need_once() {
        String nip = registered();
        http().post("/api/employees/" + nip + "/assessments", admin, Map.of("competencyCode", "M.03",
                "assessedLevel", 1, "method", "SUPERVISOR", "assessedOn", "2026-01-10"));
        http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2026));
        String needId = "N-2026-" + nip + "-M.03";

        TestKafka.send("latih.evaluations.events", observed(nip, 2));
        await().atMost(WAIT).until(() -> observedLevels(nip) == 1);
        CompetencyObserved reached = observed(nip, 3);
        TestKafka.send("latih.evaluations.events", reached);
        TestKafka.send("latih.evaluations.events", reached);

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            NeedStatusChanged resolved = EventJson.read(tap.await(r -> needId.equals(EventTap.header(r,
                    "ce_subject")) && RESOLVED_TYPE.equals(EventTap.header(r, "ce_type")), 1, WAIT).get(0).value(),
                    NeedStatusChanged.class);
            assertThat(resolved.toStatus()).isEqualTo("RESOLVED");
            assertThat(resolved.fromStatus()).isEqualTo("IDENTIFIED");
            assertThat(resolved.version()).isEqualTo(2);
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> tap.seen().stream().filter(r ->
                    needId.equals(EventTap.header(r, "ce_subject"))
                            && RESOLVED_TYPE.equals(EventTap.header(r, "ce_type"))).count() == 1);
        }
        assertThat(observedLevels(nip)).as("the redelivered observation is not evidence twice").isEqualTo(2);
        assertThat(http().get("/api/needs?status=RESOLVED&competencyCode=M.03&size=100", admin).body()
                .findValuesAsString("id")).contains(needId);
        assertThat(http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2027))
                .body().size()).as("the next analysis starts from the observed level").isZero();
    }

    private long observedLevels(String nip) {
        return http().get("/api/employees/" + nip, admin).body().get("assessments").findValuesAsString("method")
                .stream().filter("OBSERVED"::equals).count();
    }

    private static CompetencyObserved observed(String nip, int level) {
        return new CompetencyObserved(UUID.randomUUID(), Instant.now(), DINKES, "EV-" + UUID.randomUUID(), nip,
                "M.03", level);
    }

    private String registered() {
        String nip = TestNips.unique("198503152010011");
        var created = http().post("/api/employees", admin, Map.of("nip", nip, "name", "Siti Rahma",
                "employmentType", "PNS", "jobType", "ADMINISTRATOR", "positionTitle", "Perawat"));
        return created.status() == 409 || created.status() == 202 ? registered() : nip;
    }
}
