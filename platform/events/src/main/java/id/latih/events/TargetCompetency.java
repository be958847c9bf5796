package id.latih.events;

/** A competency a program develops and the level (1 Paham .. 5 Ahli) a participant should reach. */
public record TargetCompetency(
        String competencyCode,
        int targetLevel) {
}
