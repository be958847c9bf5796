package id.latih.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EventContractTest {

    static Stream<EventType> catalog() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void every_event_survives_a_json_round_trip(EventType type) {
        LatihEvent event = EventSamples.sample(type.javaType());

        LatihEvent read = EventJson.read(EventJson.write(event), type.javaType());

        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void readers_ignore_fields_they_do_not_know(EventType type) {
        LatihEvent event = EventSamples.sample(type.javaType());
        String json = new String(EventJson.write(event), StandardCharsets.UTF_8);
        String fromANewerProducer = json.substring(0, json.length() - 1)
                + ",\"addedLater\":{\"nested\":[1,2]},\"anotherField\":\"x\"}";

        LatihEvent read = EventJson.read(fromANewerProducer.getBytes(StandardCharsets.UTF_8), type.javaType());

        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void every_event_carries_id_time_agency_and_aggregate_id(EventType type) {
        LatihEvent event = EventSamples.sample(type.javaType());
        String json = new String(EventJson.write(event), StandardCharsets.UTF_8);

        assertThat(json).contains("\"eventId\"", "\"occurredAt\":\"2026-03-02T03:04:05.123456Z\"",
                "\"agencyCode\":\"3273.DINKES\"");
        assertThat(event.aggregateId()).isNotBlank();
        assertThat(json).doesNotContain("aggregateId");
    }

    @Test
    void an_event_from_a_producer_that_predates_versions_reads_as_version_zero() {
        String before = "{\"eventId\":\"5b0c2f5e-8f33-4c9a-9d6e-2a4f1d9b7c11\",\"occurredAt\":\"2026-03-02T03:04:05Z\","
                + "\"agencyCode\":\"3273.DINKES\",\"programId\":\"P-1\"}";

        ProgramClosed read = EventJson.read(before.getBytes(StandardCharsets.UTF_8), ProgramClosed.class);

        assertThat(read.version()).isZero();
    }

    @Test
    void a_program_event_from_a_producer_that_predates_the_design_reads_with_nothing_set() {
        String before = "{\"eventId\":\"5b0c2f5e-8f33-4c9a-9d6e-2a4f1d9b7c11\",\"occurredAt\":\"2026-03-02T03:04:05Z\","
                + "\"agencyCode\":\"3273.BKPSDM\",\"programId\":\"P-1\",\"title\":\"Pelayanan Prima\",\"jp\":24,"
                + "\"capacity\":30,\"startDate\":\"2026-05-04\",\"endDate\":\"2026-05-06\",\"version\":1}";

        ProgramPublished published = EventJson.read(before.getBytes(StandardCharsets.UTF_8), ProgramPublished.class);
        ProgramRevised revised = EventJson.read(before.getBytes(StandardCharsets.UTF_8), ProgramRevised.class);

        assertThat(published.design()).isEqualTo(ProgramDesign.none());
        assertThat(published.needIds()).isEmpty();
        assertThat(revised.design().sessions()).isEmpty();
        assertThat(revised.design().seatQuotas()).isEmpty();
        assertThat(revised.revision()).isZero();
    }

    @Test
    void types_are_stable_strings_per_stage_and_never_class_names() {
        assertThat(EventCatalog.ALL).allSatisfy(type -> {
            assertThat(type.ceType()).matches("latih\\.(needs|programs|enrollments|evaluations)\\.[A-Z][A-Za-z]+\\.v[0-9]+");
            assertThat(type.ceType()).doesNotContain(type.javaType().getName());
            assertThat(type.topic()).isEqualTo("latih." + type.stage().key() + ".events");
            assertThat(EventCatalog.byCeType(type.ceType())).contains(type);
        });
        assertThat(EventCatalog.ALL).extracting(EventType::ceType).doesNotHaveDuplicates();
    }

    @Test
    void event_records_are_named_in_the_past_tense_without_an_event_suffix() {
        assertThat(EventCatalog.ALL).extracting(type -> type.javaType().getSimpleName())
                .allSatisfy(name -> assertThat(name).endsWith("ed").doesNotEndWith("Event"));
    }
}
