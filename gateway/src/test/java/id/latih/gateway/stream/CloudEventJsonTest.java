package id.latih.gateway.stream;

import static id.latih.gateway.stream.Events.BUDI;
import static id.latih.gateway.stream.Events.SITI;
import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.EmployeeRegistered;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CloudEventJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_record_in_binary_mode_becomes_one_cloudevent_in_structured_mode() {
        EmployeeRegistered registered = Events.employeeRegistered("3273.DINKES", SITI, "Siti Aminah");

        JsonNode event = JSON.readTree(Records.streamEvent(registered).full());

        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("id").asString()).isEqualTo(registered.eventId().toString());
        assertThat(event.get("source").asString()).isEqualTo("/latih/needs-service");
        assertThat(event.get("type").asString()).isEqualTo("latih.needs.EmployeeRegistered.v1");
        assertThat(event.get("time").asString()).isEqualTo(registered.occurredAt().toString());
        assertThat(event.get("subject").asString()).isEqualTo(SITI);
        assertThat(event.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(event.get("agency").asString()).isEqualTo("3273.DINKES");
        assertThat(event.get("data").get("name").asString()).isEqualTo("Siti Aminah");
    }

    @Test
    void without_personal_data_an_employee_event_keeps_the_fact_but_names_nobody() {
        StreamEvent event = Records.streamEvent(Events.employeeRegistered("3273.DINKES", SITI, "Siti Aminah"));

        JsonNode redacted = JSON.readTree(event.redacted());

        assertThat(event.redacted()).doesNotContain(SITI, BUDI, "Siti Aminah");
        assertThat(redacted.get("subject").asString()).isEqualTo(PersonalData.MASK);
        assertThat(redacted.get("data").has("nip")).isFalse();
        assertThat(redacted.get("data").has("supervisorNip")).isFalse();
        assertThat(redacted.get("data").get("positionTitle").asString()).isEqualTo("Perawat");
        assertThat(event.personNip()).isEqualTo(SITI);
    }

    @Test
    void ids_built_from_a_nip_are_masked_wherever_they_appear() {
        StreamEvent need = Records.streamEvent(Events.needIdentified("3273.DINKES", SITI));
        StreamEvent program = Records.streamEvent(Events.programPublished("3273.BKPSDM", "Pelayanan Prima",
                "N-2026-" + SITI + "-M.05"));

        assertThat(need.redacted()).doesNotContain(SITI).contains("N-2026-[redacted]-M.05");
        assertThat(JSON.readTree(need.redacted()).get("data").get("competencyCode").asString()).isEqualTo("M.05");
        assertThat(program.redacted()).doesNotContain(SITI).contains("Pelayanan Prima");
    }

    @Test
    void an_event_without_personal_data_is_the_same_for_everyone() {
        StreamEvent program = Records.streamEvent(Events.programPublished("3273.BKPSDM", "Pelayanan Prima"));

        assertThat(program.redacted()).isSameAs(program.full());
        assertThat(program.personNip()).isNull();
    }

    @Test
    void a_record_of_an_unknown_type_or_with_a_body_that_is_not_json_is_not_streamed() {
        var unknown = Records.record(Events.programPublished("3273.BKPSDM", "X"), 0);
        unknown.headers().remove("ce_type").add("ce_type", "latih.programs.Unknown.v1".getBytes());
        var garbled = new org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>("latih.programs.events", 0,
                0, "k".getBytes(), "{not json".getBytes());
        garbled.headers().add("ce_type", "latih.programs.ProgramPublished.v1".getBytes());

        assertThat(Records.CLOUD_EVENTS.toEvent(unknown, 1)).isEmpty();
        assertThat(Records.CLOUD_EVENTS.toEvent(garbled, 1)).isEmpty();
    }
}
