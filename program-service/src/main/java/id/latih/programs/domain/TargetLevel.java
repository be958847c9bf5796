package id.latih.programs.domain;

import id.latih.events.TargetCompetency;

/** A competency the program develops and the level (1 Paham .. 5 Ahli) participants should reach. */
public record TargetLevel(String competencyCode, int level) {

    TargetCompetency toEvent() {
        return new TargetCompetency(competencyCode, level);
    }
}
