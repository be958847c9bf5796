package id.latih.gateway.stream;

import static java.nio.charset.StandardCharsets.UTF_8;

import id.latih.events.CloudEventHeaders;
import id.latih.events.EventCatalog;
import id.latih.events.EventType;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a Kafka record in the CloudEvents binary mode ({@code ce_*} headers, JSON body) into the structured mode a
 * browser or a webhook receiver reads: one JSON object with {@code specversion}, {@code id}, {@code source},
 * {@code type}, {@code time}, {@code subject}, {@code datacontenttype}, the extension {@code agency} and the event
 * itself as {@code data}. A header an older or outside producer left out is taken from the body or the catalog.
 */
public final class CloudEventJson {

    static final String AGENCY_ATTRIBUTE = "agency";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PersonalData personalData;

    public CloudEventJson(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** The record as a stream event, or empty when it is not a Latih event the catalog knows or its body is not JSON. */
    public Optional<StreamEvent> toEvent(ConsumerRecord<byte[], byte[]> record, long sequence) {
        String ceType = header(record, CloudEventHeaders.TYPE);
        Optional<EventType> type = ceType == null ? Optional.empty() : EventCatalog.byCeType(ceType);
        if (type.isEmpty() || record.value() == null) {
            return Optional.empty();
        }
        JsonNode data;
        try {
            data = JSON.readTree(record.value());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (!data.isObject()) {
            return Optional.empty();
        }
        String agency = firstOf(header(record, CloudEventHeaders.AGENCY), text(data, "agencyCode"));
        if (agency == null) {
            return Optional.empty();
        }
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", CloudEventHeaders.SPEC_VERSION_VALUE);
        event.put("id", firstOf(header(record, CloudEventHeaders.ID), text(data, "eventId")));
        event.put("source", firstOf(header(record, CloudEventHeaders.SOURCE), type.get().stage().source()));
        event.put("type", ceType);
        event.put("time", firstOf(header(record, CloudEventHeaders.TIME), text(data, "occurredAt"),
                Instant.ofEpochMilli(record.timestamp()).toString()));
        event.put("subject", firstOf(header(record, CloudEventHeaders.SUBJECT), key(record)));
        event.put("datacontenttype", "application/json");
        event.put(AGENCY_ATTRIBUTE, agency);
        event.set("data", data);
        String full = JSON.writeValueAsString(event);
        ObjectNode redacted = event.deepCopy();
        redacted.put("subject", PersonalData.mask(event.path("subject").stringValue(null)));
        redacted.set("data", personalData.redact(data));
        String redactedJson = JSON.writeValueAsString(redacted);
        return Optional.of(new StreamEvent(sequence, record.timestamp(), ceType, agency, text(data, "nip"), full,
                redactedJson.equals(full) ? full : redactedJson));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), UTF_8);
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), UTF_8);
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
