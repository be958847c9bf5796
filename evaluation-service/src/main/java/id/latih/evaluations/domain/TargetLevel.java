package id.latih.evaluations.domain;

/** A competency a program develops and the level (1 Paham .. 5 Ahli) it aims for; 0 where the design sets none. */
public record TargetLevel(String competencyCode, int level) {
}
