package id.latih.needs.domain;

import id.latih.platform.domain.InvalidValueException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The competency standard of one position of an agency: the level each listed competency requires, and optionally
 * the next position in its career path, whose standard then gives the next-position gaps. Positions are named as
 * the employee profiles name them; {@link #keyOf} makes "Kepala  Seksi" and "kepala seksi" the same position.
 */
public record PositionStandard(String agencyCode, String positionTitle, String nextPositionTitle,
                               Map<String, Integer> requiredLevels) {

    /** Competencies one position may list: the national nine and a generous technical share. */
    public static final int MAX_COMPETENCIES = 60;

    public PositionStandard {
        requiredLevels = new TreeMap<>(requiredLevels);
        if (requiredLevels.size() > MAX_COMPETENCIES) {
            throw new InvalidValueException("requiredLevels", "at most " + MAX_COMPETENCIES + " competencies");
        }
        requiredLevels.forEach((code, level) -> {
            if (level == null || level < 1 || level > 5) {
                throw new InvalidValueException("requiredLevels", code + ": a level from 1 (Paham) to 5 (Ahli)");
            }
        });
        if (nextPositionTitle != null && keyOf(nextPositionTitle).equals(keyOf(positionTitle))) {
            throw new InvalidValueException("nextPositionTitle", "the next position is another position");
        }
        requiredLevels = Map.copyOf(requiredLevels);
    }

    /** The position's identity within its agency: trimmed, inner spaces collapsed, lower case. */
    public static String keyOf(String positionTitle) {
        return positionTitle.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
