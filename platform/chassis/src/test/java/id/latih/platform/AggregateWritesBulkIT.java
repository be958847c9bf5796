package id.latih.platform;

import static id.latih.platform.OutboxFixtures.anEvent;
import static id.latih.testing.EventTap.header;
import static org.assertj.core.api.Assertions.assertThat;

import id.latih.platform.ChassisTestApp.OutboxParcel;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** New aggregates inserted together: each its own document with its events, an existing id left alone. */
class AggregateWritesBulkIT extends ServiceIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    AggregateWrites writes;

    @Test
    void a_bulk_insert_writes_every_new_aggregate_with_its_events_and_reports_the_ids_that_existed() {
        String topic = "latih.test.parcels";
        String existing = "parcel-" + UUID.randomUUID();
        writes.insertNew(new OutboxParcel(existing, List.of(anEvent(topic, existing, "first"))));
        List<String> fresh = IntStream.range(0, 3).mapToObj(i -> "parcel-" + UUID.randomUUID()).toList();

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), topic)) {
            var skipped = writes.insertAllNew(List.of(
                    new OutboxParcel(fresh.get(0), List.of(anEvent(topic, fresh.get(0), "new"))),
                    new OutboxParcel(existing, List.of(anEvent(topic, existing, "second"))),
                    new OutboxParcel(fresh.get(1), List.of(anEvent(topic, fresh.get(1), "new"))),
                    new OutboxParcel(fresh.get(2), List.of(anEvent(topic, fresh.get(2), "new")))));

            assertThat(skipped).containsExactly(existing);
            tap.await(r -> fresh.contains(header(r, "ce_subject")), 3, Duration.ofSeconds(30));
        }
        assertThat(fresh).allMatch(id -> mongo.findById(id, OutboxParcel.class, "parcels-outbox") != null);
        assertThat(writes.insertAllNew(List.of())).isEmpty();
    }
}
