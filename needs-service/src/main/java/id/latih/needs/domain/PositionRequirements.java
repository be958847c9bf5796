package id.latih.needs.domain;

import java.util.OptionalInt;

/**
 * What an employee's positions require of each competency. For the current position: the agency's standard where it
 * lists the competency, else the job type's managerial default ({@link RequiredLevelDefaults}), else nothing. For
 * the next position: only what its standard lists (its job type is not known). Either standard may be absent.
 */
public record PositionRequirements(JobType jobType, PositionStandard current, PositionStandard next,
                                   RequiredLevelDefaults defaults) {

    public OptionalInt current(String competencyCode) {
        if (current != null && current.requiredLevels().containsKey(competencyCode)) {
            return OptionalInt.of(current.requiredLevels().get(competencyCode));
        }
        return defaults.of(jobType, competencyCode);
    }

    public OptionalInt next(String competencyCode) {
        if (next != null && next.requiredLevels().containsKey(competencyCode)) {
            return OptionalInt.of(next.requiredLevels().get(competencyCode));
        }
        return OptionalInt.empty();
    }
}
