package id.latih.needs.domain;

import id.latih.platform.domain.InvalidValueException;
import java.time.LocalDate;

/**
 * One piece of evidence about one competency of one employee: the level seen (1 Paham .. 5 Ahli), the level the
 * position's standard required when it was recorded (0 if it stated none; analysis reads the standard anew), and how
 * it was seen (assessment centre, self-assessment, supervisor, 360, test, ...).
 */
public record Assessment(String competencyCode, int assessedLevel, int requiredLevel, String method,
                         LocalDate assessedOn) {

    public Assessment {
        checkLevel("assessedLevel", assessedLevel);
        if (requiredLevel != 0) {
            checkLevel("requiredLevel", requiredLevel);
        }
        if (assessedOn.isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidValueException("assessedOn", "must not be in the future");
        }
    }

    private static void checkLevel(String field, int level) {
        if (level < 1 || level > 5) {
            throw new InvalidValueException(field, "must be a level from 1 (Paham) to 5 (Ahli), was " + level);
        }
    }

    public CompetencyKind kind() {
        return CompetencyKind.ofCode(competencyCode);
    }

    public int gap() {
        return Math.max(0, requiredLevel - assessedLevel);
    }
}
