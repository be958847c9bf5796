package id.latih.needs.domain;

import id.latih.platform.domain.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The work unit (unit kerja) an employee serves in, e.g. a Puskesmas or a service counter: its code, the same code
 * its community-satisfaction (IKM) surveys are recorded under, and its name (optional).
 */
public record WorkUnit(String code, String name) {

    /** Longest unit code and name: the limits of a survey's service unit. */
    public static final int MAX_CODE = 20;
    public static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");

    public WorkUnit {
        if (code == null || !CODE.matcher(code).matches() || code.length() > MAX_CODE) {
            throw new InvalidValueException("unitCode", "letters, digits, '.', '_' or '-', at most " + MAX_CODE);
        }
        if (name != null && (name.isBlank() || name.length() > MAX_NAME)) {
            throw new InvalidValueException("unitName", "not blank, at most " + MAX_NAME + " characters");
        }
    }

    /** The unit of a code and name as sent; none without a code, and a name without a code is refused. */
    public static WorkUnit of(String code, String name) {
        if (code == null || code.isBlank()) {
            if (name != null && !name.isBlank()) {
                throw new InvalidValueException("unitCode", "a unit name needs the unit's code");
            }
            return null;
        }
        return new WorkUnit(code.trim(), name == null || name.isBlank() ? null : name.trim());
    }
}
