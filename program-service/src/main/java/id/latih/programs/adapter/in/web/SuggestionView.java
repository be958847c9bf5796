package id.latih.programs.adapter.in.web;

import id.latih.programs.domain.Suggestion;
import java.time.LocalDate;

/** A program suggested for a need: what it is, when, how well it fits and how effective it has been. */
record SuggestionView(String programId, String agencyCode, String title, String method, LocalDate startDate,
                      int targetLevel, int overshoot, Double meanLearningGain) {

    static SuggestionView of(Suggestion s) {
        return new SuggestionView(s.program().id(), s.program().agencyCode(), s.program().title(),
                s.program().method().name(), s.program().startDate(), s.targetLevel(), s.overshoot(),
                s.meanLearningGain());
    }
}
