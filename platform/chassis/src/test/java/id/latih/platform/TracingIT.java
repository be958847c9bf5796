package id.latih.platform;

import static id.latih.testing.EventTap.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * One trace from a request, through the outbox and Kafka, into the consumer; and the trace id in the problem a
 * refused request gets. The caller starts the trace (as the gateway does), so the test knows its id.
 */
@TestPropertySource(properties = "latih.tracing.sampling=1.0")
class TracingIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<SpanData> ENDED = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class SpanRecorder {

        @Bean
        SpanProcessor endedSpans() {
            return new SpanProcessor() {
                @Override
                public void onStart(Context parentContext, ReadWriteSpan span) {
                }

                @Override
                public boolean isStartRequired() {
                    return false;
                }

                @Override
                public void onEnd(ReadableSpan span) {
                    ENDED.add(span.toSpanData());
                }

                @Override
                public boolean isEndRequired() {
                    return true;
                }
            };
        }
    }

    @Test
    void the_consumer_of_an_event_continues_the_trace_of_the_request_that_caused_it() {
        String traceId = randomHex(32);
        String needId = "need-" + UUID.randomUUID();

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            Response created = http().withHeader("traceparent", "00-" + traceId + "-" + randomHex(16) + "-01")
                    .post("/api/needs", TestTokens.token("3273.DINKES", "AGENCY_ADMIN"),
                            Map.of("needId", needId, "competencyCode", "M.01"));
            assertThat(created.status()).isEqualTo(200);

            ConsumerRecord<byte[], byte[]> record = tap.await(r -> needId.equals(header(r, "ce_subject")), 1, WAIT)
                    .get(0);
            assertThat(header(record, "traceparent")).startsWith("00-" + traceId + "-").endsWith("-01");
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(ENDED)
                .filteredOn(span -> span.getName().equals("consume latih.needs.NeedIdentified.v1"))
                .filteredOn(span -> span.getTraceId().equals(traceId))
                .singleElement()
                .satisfies(span -> assertThat(span.getParentSpanContext().isRemote()).isTrue()));
    }

    @Test
    void an_event_written_outside_any_trace_is_published_without_a_traceparent_and_consumed_in_a_new_trace() {
        String aggregate = "parcel-" + UUID.randomUUID();
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            Response created = http().post("/api/needs", TestTokens.token("3273.DINKES", "AGENCY_ADMIN"),
                    Map.of("needId", aggregate, "competencyCode", "M.01"));
            assertThat(created.status()).isEqualTo(200);
            ConsumerRecord<byte[], byte[]> record = tap.await(r -> aggregate.equals(header(r, "ce_subject")), 1, WAIT)
                    .get(0);
            // The server starts a trace of its own for a request that brings none: the event still carries it.
            assertThat(header(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        }
    }

    @Test
    void a_refused_request_names_its_trace_id_as_the_problem_s_correlation_id() {
        String traceId = randomHex(32);

        Response refused = http().withHeader("traceparent", "00-" + traceId + "-" + randomHex(16) + "-01")
                .post("/api/parcels", TestTokens.token("3273.DINKES", "AGENCY_ADMIN"),
                        Map.of("label", "!bad", "weight", 1));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("correlationId").asString()).isEqualTo(traceId);
    }

    @Test
    void an_unauthenticated_request_names_its_trace_id_too() {
        String traceId = randomHex(32);

        Response refused = http().withHeader("traceparent", "00-" + traceId + "-" + randomHex(16) + "-00")
                .get("/api/parcels", "not-a-token");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("correlationId").asString()).isEqualTo(traceId);
    }

    private static String randomHex(int digits) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < digits) {
            hex.append(Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
        }
        return hex.substring(0, digits);
    }
}
