package id.latih.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes the AsyncAPI 3 description of every event in the catalog, derived from the records themselves. */
final class AsyncApiDocument {

    private AsyncApiDocument() {
    }

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Generated from platform/events by AsyncApiDocumentTest; do not edit by hand.\n")
                .append("# Regenerate: ./mvnw -pl platform/events test -Dlatih.docs.write=true\n")
                .append("asyncapi: 3.0.0\ninfo:\n  title: Latih events\n  version: 1.0.0\n")
                .append("  description: Facts of the ASN competency-development cycle, as CloudEvents on Kafka ")
                .append("(binary mode; ce_* headers, JSON body, key = aggregate id).\n");
        Map<String, List<EventType>> byTopic = EventCatalog.ALL.stream()
                .collect(Collectors.groupingBy(EventType::topic, java.util.TreeMap::new, Collectors.toList()));
        out.append("channels:\n");
        byTopic.forEach((topic, types) -> {
            out.append("  ").append(topic).append(":\n    address: ").append(topic).append("\n    messages:\n");
            types.forEach(t -> out.append("      ").append(name(t)).append(":\n        $ref: '#/components/messages/")
                    .append(name(t)).append("'\n"));
        });
        out.append("operations:\n");
        byTopic.forEach((topic, types) -> out.append("  publish-").append(topic).append(":\n    action: send\n")
                .append("    channel:\n      $ref: '#/channels/").append(topic).append("'\n")
                .append("    description: published by ").append(types.get(0).stage().service()).append("\n"));
        out.append("components:\n  messages:\n");
        EventCatalog.ALL.forEach(t -> out.append("    ").append(name(t)).append(":\n")
                .append("      name: ").append(t.ceType()).append("\n")
                .append("      contentType: application/json\n")
                .append("      headers:\n        type: object\n        properties:\n")
                .append("          ce_type:\n            const: ").append(t.ceType()).append("\n")
                .append("          ce_source:\n            const: ").append(t.stage().source()).append("\n")
                .append("          ce_specversion:\n            const: '1.0'\n")
                .append("          ce_id:\n            type: string\n")
                .append("          ce_time:\n            type: string\n            format: date-time\n")
                .append("          ce_subject:\n            type: string\n")
                .append("          latih_agency:\n            type: string\n")
                .append("      payload:\n        type: object\n        properties:\n")
                .append(properties(t.javaType())));
        return out.toString();
    }

    private static String name(EventType type) {
        return type.javaType().getSimpleName();
    }

    private static String properties(Class<?> record) {
        return properties(record, "          ");
    }

    private static String properties(Class<?> record, String indent) {
        StringBuilder out = new StringBuilder();
        for (RecordComponent c : record.getRecordComponents()) {
            out.append(indent).append(c.getName()).append(":\n")
                    .append(schema(c.getType(), c.getGenericType(), indent + "  "));
        }
        return out.toString();
    }

    /** The JSON schema of one value; records nested in an event become objects, lists arrays of their element. */
    private static String schema(Class<?> t, Type generic, String indent) {
        if (t == UUID.class) {
            return indent + "type: string\n" + indent + "format: uuid\n";
        }
        if (t == Instant.class) {
            return indent + "type: string\n" + indent + "format: date-time\n";
        }
        if (t == LocalDate.class) {
            return indent + "type: string\n" + indent + "format: date\n";
        }
        if (t == int.class || t == Integer.class) {
            return indent + "type: integer\n";
        }
        if (t == long.class || t == Long.class) {
            return indent + "type: integer\n" + indent + "format: int64\n";
        }
        if (t == double.class || t == Double.class) {
            return indent + "type: number\n";
        }
        if (t == boolean.class) {
            return indent + "type: boolean\n";
        }
        if (t == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = element instanceof Class<?> c ? c : String.class;
            return indent + "type: array\n" + indent + "items:\n" + schema(elementClass, element, indent + "  ");
        }
        if (t.isRecord()) {
            return indent + "type: object\n" + indent + "properties:\n" + properties(t, indent + "  ");
        }
        if (t == Map.class && generic instanceof ParameterizedType) {
            return indent + "type: object\n" + indent + "additionalProperties:\n" + indent + "  type: number\n";
        }
        return indent + "type: string\n";
    }
}
