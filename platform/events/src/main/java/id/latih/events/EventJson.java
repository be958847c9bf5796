package id.latih.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of events on the wire. Readers ignore fields they do not know, so producers may add fields freely;
 * a number added later reads as 0 in events written before it (e.g. {@code version}), so old events stay readable;
 * dates are ISO-8601 strings so that readers in any language can parse them.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private EventJson() {
    }

    public static byte[] write(LatihEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T extends LatihEvent> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
