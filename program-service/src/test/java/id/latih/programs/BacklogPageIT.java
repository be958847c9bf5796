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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The backlog pages, in competency order, with the total in a header; filters name a bad value. Agency 3271.DISHUB. */
class BacklogPageIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String admin = TestTokens.token("3271.DISHUB", "AGENCY_ADMIN");

    @Test
    void five_needs_read_in_pages_of_two_in_competency_order_and_narrowed_by_competency() {
        List.of("M.03", "M.01", "M.05", "M.01", "M.02")
                .forEach(c -> TestKafka.send("latih.needs.events", need(c)));
        await().atMost(WAIT).until(() -> http().get("/api/backlog", admin).body().size() == 5);

        Response first = http().get("/api/backlog?size=2", admin);
        Response third = http().get("/api/backlog?size=2&page=2", admin);
        Response m01 = http().get("/api/backlog?competencyCode=M.01&unplanned=true&cycleYear=2026", admin);

        assertThat(first.body().findValuesAsString("competencyCode")).containsExactly("M.01", "M.01");
        assertThat(third.body().findValuesAsString("competencyCode")).containsExactly("M.05");
        assertThat(http().get("/api/backlog?size=2&page=1", admin).body().findValuesAsString("competencyCode"))
                .containsExactly("M.02", "M.03");
        assertThat(m01.body().size()).isEqualTo(2);
    }

    @Test
    void a_page_size_over_the_limit_or_a_bad_flag_names_the_parameter() {
        Response tooLarge = http().get("/api/backlog?size=501", admin);
        Response badFlag = http().get("/api/backlog?unplanned=yes", admin);

        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(badFlag.status()).isEqualTo(400);
        assertThat(badFlag.body().get("errors").get(0).get("field").asString()).isEqualTo("unplanned");
    }

    private static NeedIdentified need(String competency) {
        String nip = "19850315201001" + (1000 + (int) (Math.random() * 8999));
        return new NeedIdentified(UUID.randomUUID(), Instant.now(), "3271.DISHUB",
                "N-2026-" + nip + "-" + competency + "-" + UUID.randomUUID().toString().substring(0, 8), nip,
                competency, "MANAJERIAL", 1, 3, "COMPETENCY_GAP:ASSESSMENT_CENTER", 2026, 1);
    }
}
