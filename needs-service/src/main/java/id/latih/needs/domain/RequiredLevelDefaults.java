package id.latih.needs.domain;

import java.util.OptionalInt;

/**
 * The level a position requires when the agency has not stated it: for managerial competencies (M.01-M.08), the
 * job type's default of PermenPANRB 38/2017 (JPT Madya 5, JPT Pratama 4, Administrator 3, Pengawas 2, Pelaksana 1).
 * Functional positions have no national default; an agency may set one ({@code fungsionalManagerialLevel}, 0 for
 * none). Technical and socio-cultural competencies have no default: the agency states their level.
 */
public record RequiredLevelDefaults(int fungsionalManagerialLevel) {

    public RequiredLevelDefaults {
        if (fungsionalManagerialLevel < 0 || fungsionalManagerialLevel > 5) {
            throw new IllegalArgumentException("fungsionalManagerialLevel must be 0 (none) or a level 1..5");
        }
    }

    public OptionalInt of(JobType jobType, String competencyCode) {
        if (CompetencyKind.ofCode(competencyCode) != CompetencyKind.MANAJERIAL) {
            return OptionalInt.empty();
        }
        int level = jobType == JobType.FUNGSIONAL ? fungsionalManagerialLevel : jobType.managerialLevel();
        return level == 0 ? OptionalInt.empty() : OptionalInt.of(level);
    }
}
