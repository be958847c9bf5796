package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The backlog ends in the needs analysis's latest state, whatever order its events arrive in. */
class BacklogOrderingIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String NEEDS = "latih.needs.events";

    @Autowired
    MongoTemplate mongo;

    @Test
    void a_status_change_that_arrives_before_its_need_is_applied_once_the_need_arrives() {
        NeedIdentified need = need();
        TestKafka.send(NEEDS, 4, addressed(need, 2));
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        assertThat(entry(need)).as("no half-built backlog entry").isNull();

        TestKafka.send(NEEDS, 5, need);

        await().atMost(WAIT).until(() -> entry(need) != null && "ADDRESSED".equals(entry(need).getString("needStatus")));
        assertThat(entry(need).getString("competencyCode")).isEqualTo("M.05");
        assertThat(entry(need).getString("agencyCode")).isEqualTo("3273.DINKES");
    }

    @Test
    void a_need_redelivered_after_its_status_changed_does_not_reopen_it() {
        NeedIdentified need = need();
        TestKafka.send(NEEDS, need);
        TestKafka.send(NEEDS, addressed(need, 2));
        TestKafka.send(NEEDS, need);
        TestKafka.send(NEEDS, new NeedStatusChanged(UUID.randomUUID(), Instant.now(), need.agencyCode(),
                need.needId(), need.nip(), "ADDRESSED", "DROPPED", "employee moved", 3));
        TestKafka.send(NEEDS, addressed(need, 2));

        await().atMost(WAIT).until(() -> entry(need) != null && "DROPPED".equals(entry(need).getString("needStatus")));
        await().during(Duration.ofSeconds(2)).atMost(WAIT)
                .until(() -> "DROPPED".equals(entry(need).getString("needStatus")));
    }

    private Document entry(NeedIdentified need) {
        return mongo.findById(need.needId(), Document.class, "backlog");
    }

    private static NeedIdentified need() {
        return new NeedIdentified(UUID.randomUUID(), Instant.now(), "3273.DINKES", "N-2026-" + UUID.randomUUID()
                + "-M.05", "198503152010011001", "M.05", "MANAJERIAL", 2, 3, "COMPETENCY_GAP:ASSESSMENT_CENTER", 2026,
                1);
    }

    private static NeedStatusChanged addressed(NeedIdentified need, long version) {
        return new NeedStatusChanged(UUID.randomUUID(), Instant.now(), need.agencyCode(), need.needId(), need.nip(),
                "IDENTIFIED", "ADDRESSED", "training completed", version);
    }
}
