package id.latih.enrollments.domain;

import java.util.Map;

/**
 * The yearly hours (JP) of competency development by employment type: PNS are entitled to at least a target
 * (20 JP, PP 11/2017 Pasal 203(4)); PPPK to at most a cap (24 JP). Both are settings, since sources and local
 * practice differ.
 *
 * @param targets the minimum JP a year by employment type; a type without one has no target
 * @param caps    the maximum JP a year that counts, by employment type; a type without one has no cap
 */
public record JpDuty(Map<String, Integer> targets, Map<String, Integer> caps) {

    public JpDuty {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
        caps = caps == null ? Map.of() : Map.copyOf(caps);
    }

    /** The target of the employment type, 0 if it has none. */
    public int targetFor(String employmentType) {
        return employmentType == null ? 0 : targets.getOrDefault(employmentType, 0);
    }

    /** The JP that count toward the year: all earned, up to the type's cap. */
    public int credited(String employmentType, int earned) {
        Integer cap = employmentType == null ? null : caps.get(employmentType);
        return cap == null ? earned : Math.min(earned, cap);
    }

    /** How many JP the employee still lacks to reach the target; 0 once reached or without a target. */
    public int shortfall(String employmentType, int earned) {
        return Math.max(0, targetFor(employmentType) - credited(employmentType, earned));
    }
}
