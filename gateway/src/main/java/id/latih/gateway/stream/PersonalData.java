package id.latih.gateway.stream;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Leaves out what names a person: the configured fields ({@code nip}, {@code name}, {@code supervisorNip}) wherever
 * they appear in an event's data, and any 18-digit run in the text that remains, because ids are built from NIPs
 * (a need id {@code N-2026-<nip>-M.05}, an employee's subject is their NIP). Masking by shape rather than by a list of
 * id fields keeps a field added to an event later from leaking.
 */
public final class PersonalData {

    static final String MASK = "[redacted]";
    private static final Pattern NIP = Pattern.compile("(?<![0-9])[0-9]{18}(?![0-9])");

    private final Set<String> fields;

    public PersonalData(Collection<String> fields) {
        this.fields = Set.copyOf(fields);
    }

    /** The text with every NIP-shaped run masked; null stays null. */
    static String mask(String text) {
        return text == null ? null : NIP.matcher(text).replaceAll(MASK);
    }

    /** A copy of the JSON without personal fields and with NIP-shaped text masked. */
    JsonNode redact(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy.isString() ? StringNode.valueOf(mask(copy.stringValue())) : copy;
    }

    private void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(fields);
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (value.isString()) {
                    object.set(name, StringNode.valueOf(mask(value.stringValue())));
                } else {
                    strip(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString()) {
                    array.set(i, mask(array.get(i).stringValue()));
                } else {
                    strip(array.get(i));
                }
            }
        }
    }
}
