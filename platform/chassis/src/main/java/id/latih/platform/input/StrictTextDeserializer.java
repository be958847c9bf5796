package id.latih.platform.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads every {@code String} of every request: only a JSON string is text (a number, boolean, object or array is
 * refused, so a NIP sent as a number cannot lose its leading zeros), normalised and checked by {@link TextRules}.
 */
class StrictTextDeserializer extends StdScalarDeserializer<String> {

    private final int maxTextLength;

    StrictTextDeserializer(int maxTextLength) {
        super(String.class);
        this.maxTextLength = maxTextLength;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new RefusedValueException(p, "must be a JSON string", String.class);
        }
        String text = TextRules.normalise(p.getString());
        String refusal = TextRules.refusal(text, maxTextLength);
        if (refusal != null) {
            throw new RefusedValueException(p, refusal, String.class);
        }
        return text;
    }
}
