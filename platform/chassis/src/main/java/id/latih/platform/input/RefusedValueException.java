package id.latih.platform.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value the chassis refuses on reading (text or a date outside the rules). Jackson adds the field's path as
 * the exception travels up, so the problem can name the field; {@link #reason()} says why in the caller's terms.
 */
public class RefusedValueException extends MismatchedInputException {

    private final String reason;

    public RefusedValueException(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
