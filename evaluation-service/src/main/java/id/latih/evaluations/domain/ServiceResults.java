package id.latih.evaluations.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Kirkpatrick level 4 for a program: for each service unit of the participants' agencies, the last IKM recorded
 * before the program started against the first recorded after it ended. Reported with the number of units compared
 * and as a before/after difference only: many things move a unit's IKM, so nothing here claims the program caused it.
 *
 * @param unitsCompared units with a measurement on both sides
 * @param meanDelta     mean of their differences (after - before); null when none is compared
 */
public record ServiceResults(int unitsCompared, Double meanDelta, List<UnitDelta> units, String caution) {

    public static final String CAUTION = "Before/after comparison of the participants' units; not a causal effect.";

    /** One unit's IKM before and after the program. */
    public record UnitDelta(String agencyCode, String serviceUnit, String periodBefore, double ikmBefore,
                            String periodAfter, double ikmAfter, double delta) {
    }

    public static ServiceResults of(List<IkmMeasurement> measurements, Instant programStart, Instant programEnd) {
        Map<String, List<IkmMeasurement>> byUnit = measurements.stream()
                .collect(Collectors.groupingBy(m -> m.agencyCode() + "/" + m.serviceUnit()));
        List<UnitDelta> units = new ArrayList<>();
        byUnit.values().forEach(unit -> {
            Optional<IkmMeasurement> before = unit.stream().filter(m -> m.measuredAt().isBefore(programStart))
                    .max(Comparator.comparing(IkmMeasurement::measuredAt));
            Optional<IkmMeasurement> after = unit.stream().filter(m -> m.measuredAt().isAfter(programEnd))
                    .min(Comparator.comparing(IkmMeasurement::measuredAt));
            if (before.isPresent() && after.isPresent()) {
                units.add(new UnitDelta(before.get().agencyCode(), before.get().serviceUnit(), before.get().period(),
                        before.get().ikm(), after.get().period(), after.get().ikm(),
                        after.get().ikm() - before.get().ikm()));
            }
        });
        units.sort(Comparator.comparing(UnitDelta::agencyCode).thenComparing(UnitDelta::serviceUnit));
        Double mean = units.isEmpty() ? null : units.stream().mapToDouble(UnitDelta::delta).average().orElseThrow();
        return new ServiceResults(units.size(), mean, units, CAUTION);
    }
}
