package id.latih.gateway.stream;

import id.latih.platform.outbox.CloudEventMessages;
import id.latih.platform.outbox.PendingEvent;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Delivery delay of the live stream with many subscribers at once: a real gateway and Kafka broker in this JVM, N
 * subscribers (non-blocking clients), events sent at a steady rate, each stamped with its send time; every
 * subscriber measures send-to-receive for every event. Not part of the build: {@code bench/stream.sh}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"latih.gateway.stream.max-subscribers=100000",
                "latih.gateway.stream.max-subscribers-per-agency=100000",
                "latih.gateway.rate-limit.requests-per-period=100000", "logging.level.org.apache.kafka=warn"})
class StreamBench {

    private static final Pattern SENT = Pattern.compile("sent-at-([0-9]+)-");

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("latih.security.issuer-uri", TestTokens::issuer);
        registry.add("latih.gateway.stream.brokers", () -> TestInfrastructure.get().kafkaBrokers());
    }

    @Test
    void delivery_delay_with_many_subscribers() throws Exception {
        int subscribers = Integer.getInteger("bench.subscribers", 1000);
        int rate = Integer.getInteger("bench.rate", 20);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int events = rate * seconds;
        String token = TestTokens.token("33.BPSDM", "PROVINCE_ANALYST");
        ConnectionProvider pool = ConnectionProvider.builder("bench").maxConnections(subscribers + 10)
                .pendingAcquireMaxCount(-1).build();
        LoopResources loops = LoopResources.create("bench-client", 2, true);
        WebClient client = WebClient.builder().baseUrl("http://localhost:" + port)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(pool).runOn(loops))).build();
        ConcurrentLinkedQueue<long[]> delays = new ConcurrentLinkedQueue<>();
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

        CountDownLatch done = new CountDownLatch(subscribers);
        List<Disposable> streams = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            long[] mine = new long[events];
            AtomicInteger got = new AtomicInteger();
            delays.add(mine);
            streams.add(client.get().uri("/api/stream").accept(MediaType.TEXT_EVENT_STREAM)
                    .header("Authorization", "Bearer " + token).retrieve()
                    .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                    .doOnSubscribe(s -> opened.incrementAndGet())
                    .doFinally(s -> ended.incrementAndGet())
                    .doOnError(e -> errors.add(e.toString()))
                    .subscribe(sse -> {
                        Matcher sent = sse.data() == null ? null : SENT.matcher(sse.data());
                        if (sent != null && sent.find() && got.get() < events) {
                            mine[got.getAndIncrement()] = System.nanoTime() - Long.parseLong(sent.group(1));
                            if (got.get() == events) {
                                done.countDown();
                            }
                        }
                    }));
        }
        Thread.sleep(Math.max(3000, subscribers * 5L));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBrokers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                long due = start + i * interval;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                producer.send(CloudEventMessages.toRecord(PendingEvent.of(
                        Events.programPublished("3374.DINKES", "sent-at-" + System.nanoTime() + "-"))));
            }
        }
        done.await(60, TimeUnit.SECONDS);
        long[] all = delays.stream().flatMapToLong(d -> Arrays.stream(d).filter(v -> v > 0)).sorted().toArray();
        int endedEarly = ended.get();
        streams.forEach(Disposable::dispose);
        errors.stream().distinct().limit(3).forEach(error -> System.out.println("BENCH client error: " + error));
        System.out.printf("BENCH subscribers %d (connected %d, ended early %d), events %d at %d/s, "
                        + "deliveries %d of %d%n",
                subscribers, opened.get(), endedEarly, events, rate, all.length, (long) subscribers * events);
        System.out.printf("BENCH delivery delay (Kafka send to subscriber) ms: p50 %.1f  p99 %.1f  max %.1f%n",
                ms(all, 0.50), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.printf("BENCH dropped as too slow by the gateway: %.0f; machine load average: %.1f on %d cores%n",
                meters.counter("latih.gateway.stream.dropped").count(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        pool.dispose();
        loops.dispose();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
