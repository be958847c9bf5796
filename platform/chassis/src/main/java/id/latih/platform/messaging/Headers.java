package id.latih.platform.messaging;

import java.nio.charset.StandardCharsets;
import org.springframework.messaging.MessageHeaders;

/**
 * Reads a header written by any producer: raw UTF-8 bytes (other languages) or a mapped String (Spring). Spring Cloud
 * Function recognises CloudEvents headers and may hand them over in its canonical {@code ce-} form, so a
 * {@code ce_} name is also looked up that way.
 */
final class Headers {

    private Headers() {
    }

    static String text(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith("ce_")) {
            value = headers.get("ce-" + name.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
