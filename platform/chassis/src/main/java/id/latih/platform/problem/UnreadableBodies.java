package id.latih.platform.problem;

import id.latih.platform.input.RefusedValueException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns a body Jackson could not read into one field error: which field, and why in the caller's terms. */
final class UnreadableBodies {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class, java.math.BigInteger.class);

    private UnreadableBodies() {
    }

    static Map<String, String> fieldError(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException bad && !bad.getPath().isEmpty()) {
            return Problems.fieldError(path(bad), reason(bad));
        }
        if (cause instanceof JacksonException json) {
            return Problems.fieldError("body", "is not valid JSON: " + json.getOriginalMessage());
        }
        return Problems.fieldError("body", "is required and must be JSON");
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String reason(DatabindException e) {
        if (e instanceof RefusedValueException refused) {
            return refused.reason();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            if (String.valueOf(m.getOriginalMessage()).startsWith("Cannot map `null`")) {
                return "is required";
            }
            return expected(m.getTargetType());
        }
        return "has a value of the wrong type";
    }

    private static String expected(Class<?> type) {
        if (WHOLE_NUMBERS.contains(type)) {
            return "must be a whole number (a JSON number without a fraction)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a JSON number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a JSON string";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "must be a real date written YYYY-MM-DD";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date and time in ISO 8601";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a JSON array";
        }
        return "has a value of the wrong type";
    }
}
