package id.latih.programs.domain;

import java.time.LocalDate;
import java.util.List;

/** A program as its designer wants it, published or revised: every field, so a revision replaces, never merges. */
public record ProgramPlan(String title, String competencyCode, LearningRoute route, LearningMethod method, int jp,
                       int capacity, LocalDate startDate, LocalDate endDate, List<String> needIds, Design design) {

    public ProgramPlan {
        needIds = List.copyOf(needIds);
    }
}
