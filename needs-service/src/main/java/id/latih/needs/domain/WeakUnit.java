package id.latih.needs.domain;

import java.util.Set;

/**
 * A service unit of an agency whose community-satisfaction (IKM) surveys of the AKPK year or the year before have
 * weak elements: its code (the code of its staff's work unit), how evidence names it (code and periods, e.g.
 * {@code PKM-GARUDA 2025}), and the competencies its weak elements point to (the configured mapping).
 */
public record WeakUnit(String code, String label, Set<String> competencies) {

    public WeakUnit {
        competencies = Set.copyOf(competencies);
    }
}
