package id.latih.platform;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.NeedIdentified;
import id.latih.platform.ChassisTestApp.OutboxParcel;
import id.latih.platform.outbox.AggregateWrites;
import id.latih.platform.outbox.CloudEventMessages;
import id.latih.platform.outbox.PendingEvent;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestInfrastructure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Throughput of the outbox against a raw Kafka producer, same broker, same record size, same run. Not part of the
 * build's tests (the name matches no test pattern); {@code bench/outbox.sh} runs it. Prints lines starting "BENCH".
 * <ul>
 *   <li>raw producer: records sent by a plain idempotent acks=all producer until all are acknowledged;</li>
 *   <li>raw producer to effect: the same, until the service's consumer has applied every one;</li>
 *   <li>outbox published: aggregates written through {@link AggregateWrites} by 4 writers (as concurrent requests
 *       would), until the broker has acknowledged every event the relay sent;</li>
 *   <li>outbox to effect: the same, until the consumer has applied every one.</li>
 * </ul>
 */
class OutboxBench extends ServiceIntegrationTest {

    private static final int WRITERS = 4;

    @Autowired
    AggregateWrites writes;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @Test
    void outbox_against_a_raw_producer() throws Exception {
        int events = Integer.getInteger("bench.events", 5000);
        outboxToEffect(200); // warm-up: connections, topic metadata, JIT

        double rawSent;
        double rawApplied;
        String run = "raw" + UUID.randomUUID().toString().substring(0, 8);
        List<NeedIdentified> raw = needs(run, events);
        try (KafkaProducer<byte[], byte[]> producer = rawProducer()) {
            long start = System.nanoTime();
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            raw.forEach(e -> acks.add(producer.send(CloudEventMessages.toRecord(PendingEvent.of(e)))));
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
            rawSent = rate(events, start);
            awaitTrue(() -> applied(run) >= events);
            rawApplied = rate(events, start);
        }
        double[] outbox = outboxToEffect(events);
        double outboxPublished = outbox[0];
        double outboxApplied = outbox[1];

        int recordBytes = CloudEventMessages.sizeInBytes(PendingEvent.of(raw.get(0)));
        System.out.printf("BENCH events=%d record-bytes=%d infrastructure=%s%n", events, recordBytes,
                TestInfrastructure.get().kind());
        System.out.printf("BENCH raw producer (sent, acknowledged)        %8.0f events/s%n", rawSent);
        System.out.printf("BENCH raw producer -> consumer applied          %8.0f events/s%n", rawApplied);
        System.out.printf("BENCH outbox write -> published (acknowledged)  %8.0f events/s%n", outboxPublished);
        System.out.printf("BENCH outbox write -> consumer applied          %8.0f events/s%n", outboxApplied);
        System.out.printf("BENCH ratio outbox-published / raw producer      %8.2f%n", outboxPublished / rawSent);
        System.out.printf("BENCH ratio outbox-to-effect / raw producer      %8.2f%n", outboxApplied / rawSent);
        System.out.printf("BENCH ratio outbox-to-effect / raw-to-effect     %8.2f%n", outboxApplied / rawApplied);
    }

    /** Returns events/s until the broker acknowledged all, and until the consumer applied all. */
    private double[] outboxToEffect(int events) throws Exception {
        double publishedBefore = published();
        String run = "box" + UUID.randomUUID().toString().substring(0, 8);
        List<NeedIdentified> needs = needs(run, events);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        long start = System.nanoTime();
        for (int w = 0; w < WRITERS; w++) {
            int first = w;
            writers.submit(() -> {
                for (int i = first; i < needs.size(); i += WRITERS) {
                    NeedIdentified need = needs.get(i);
                    writes.insertNew(new OutboxParcel(need.needId(), PendingEvent.allOf(need)));
                }
            });
        }
        writers.shutdown();
        writers.awaitTermination(10, TimeUnit.MINUTES);
        System.out.printf("BENCH   (%d outbox writes stored at %.0f writes/s)%n", events, rate(events, start));
        awaitTrue(() -> published() - publishedBefore >= events);
        double toBroker = rate(events, start);
        awaitTrue(() -> applied(run) >= events);
        return new double[] {toBroker, rate(events, start)};
    }

    private double published() {
        Counter published = meters.find("latih.events.published").tag("type", "latih.needs.NeedIdentified.v1")
                .counter();
        return published == null ? 0 : published.count();
    }

    /** One need per event, each for its own employee, so every event's effect is a separate document. */
    private static List<NeedIdentified> needs(String run, int count) {
        List<NeedIdentified> needs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            needs.add(new NeedIdentified(UUID.randomUUID(), Instant.now(), "3273.DINKES", run + "-need-" + i,
                    run + "-" + i, "M.01", "MANAJERIAL", 2, 3, "ASSESSMENT", 2026, 1));
        }
        return needs;
    }

    private long applied(String run) {
        return mongo.count(query(where("_id").regex("^" + run + "-")), "need-counts");
    }

    private static void awaitTrue(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within 10 minutes");
            }
            Thread.sleep(50);
        }
    }

    private static double rate(int events, long startNanos) {
        return events / ((System.nanoTime() - startNanos) / 1e9);
    }

    private KafkaProducer<byte[], byte[]> rawProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBrokers(), ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }
}
