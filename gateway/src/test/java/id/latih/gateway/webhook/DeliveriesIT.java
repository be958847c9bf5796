package id.latih.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import id.latih.testing.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The store's guarantees that several gateway instances rely on, against the test store. */
class DeliveriesIT {

    private static final MongoClient CLIENT = MongoClients.create(TestInfrastructure.get().mongoUri("gateway"));
    private final Deliveries deliveries = new Deliveries(new ReactiveMongoTemplate(CLIENT, "gateway"));
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    private Delivery pending(String webhookId, String eventId) {
        return new Delivery(Delivery.idOf(webhookId, eventId), webhookId, "3273.DINKES", eventId,
                "latih.programs.ProgramPublished.v1", "{\"first\":true}", Delivery.State.PENDING, 0, 0, null, now,
                Instant.EPOCH, now, null);
    }

    @Test
    void of_several_instances_claiming_one_due_delivery_exactly_one_gets_it() throws Exception {
        Delivery delivery = pending("wh-" + UUID.randomUUID(), "e-1");
        deliveries.accept(delivery).block();
        ExecutorService instances = Executors.newFixedThreadPool(4);
        Callable<Optional<Delivery>> claim = () -> deliveries.claim(delivery.id(), now,
                now.plus(Duration.ofMinutes(1))).blockOptional();

        List<Future<Optional<Delivery>>> claims = instances.invokeAll(List.of(claim, claim, claim, claim));
        instances.shutdown();

        long won = 0;
        for (Future<Optional<Delivery>> result : claims) {
            won += result.get().isPresent() ? 1 : 0;
        }
        assertThat(won).isEqualTo(1);
        assertThat(deliveries.claim(delivery.id(), now.plus(Duration.ofMinutes(2)),
                now.plus(Duration.ofMinutes(3))).blockOptional()).as("after the lease ran out").isPresent();
    }

    @Test
    void an_event_taken_in_twice_is_one_delivery_and_keeps_its_progress() {
        String webhookId = "wh-" + UUID.randomUUID();
        Delivery first = pending(webhookId, "e-2");
        deliveries.accept(first).block();
        Delivery claimed = deliveries.claim(first.id(), now, now.plus(Duration.ofMinutes(1))).block();
        deliveries.record(claimed, Delivery.State.DELIVERED, 200, null, null, now).block();

        deliveries.accept(pending(webhookId, "e-2")).block();

        List<Delivery> log = deliveries.pageOf(webhookId, 0, 10).collectList().block();
        assertThat(log).hasSize(1);
        assertThat(log.get(0).state()).isEqualTo(Delivery.State.DELIVERED);
        assertThat(log.get(0).attempts()).isEqualTo(1);
    }

    @Test
    void a_claimed_delivery_of_a_disabled_webhook_is_paused_and_resumes_with_the_others() {
        String webhookId = "wh-" + UUID.randomUUID();
        Delivery delivery = pending(webhookId, "e-4");
        deliveries.accept(delivery).block();
        Delivery claimed = deliveries.claim(delivery.id(), now, now.plusSeconds(60)).block();

        deliveries.pause(claimed, now).block();

        assertThat(deliveries.due(now.plusSeconds(120), List.of(), 1000).collectList().block())
                .extracting(Delivery::id).doesNotContain(delivery.id());
        deliveries.move(webhookId, Delivery.State.PAUSED, Delivery.State.PENDING, now).block();
        assertThat(deliveries.due(now.plusSeconds(1), List.of(), 1000).collectList().block())
                .extracting(Delivery::id).contains(delivery.id());
    }

    @Test
    void an_instance_whose_lease_was_taken_over_records_nothing() {
        String webhookId = "wh-" + UUID.randomUUID();
        Delivery delivery = pending(webhookId, "e-3");
        deliveries.accept(delivery).block();
        Delivery stale = deliveries.claim(delivery.id(), now, now.plusSeconds(60)).block();
        Delivery current = deliveries.claim(delivery.id(), now.plusSeconds(61), now.plusSeconds(121)).block();

        deliveries.record(stale, Delivery.State.FAILED, 400, "answered 400", null, now.plusSeconds(62)).block();

        Delivery stored = deliveries.pageOf(webhookId, 0, 1).blockFirst();
        assertThat(current).isNotNull();
        assertThat(stored.state()).isEqualTo(Delivery.State.PENDING);
        assertThat(stored.attempts()).isZero();
    }
}
