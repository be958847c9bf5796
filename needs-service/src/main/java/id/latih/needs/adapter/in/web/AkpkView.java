package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.AgencyAnalysis;
import id.latih.needs.domain.AkpkStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An agency's AKPK of a year: where it stands, whether it is late, what it found, and who did each step when. */
record AkpkView(String id, String agencyCode, int year, LocalDate deadline, String status, boolean late, int needs,
                int staffAffected, List<StepView> history) {

    /** One step: what the AKPK became, who did it (the token's subject), when. */
    record StepView(String status, String by, Instant at) {

        static StepView of(AkpkStep s) {
            return new StepView(s.status().name(), s.by(), s.at());
        }
    }

    static AkpkView of(AgencyAnalysis a, boolean late) {
        return new AkpkView(a.id(), a.agencyCode(), a.year(), a.deadline(), a.status().name(), late, a.needs(),
                a.staffAffected(), a.history().stream().map(StepView::of).toList());
    }
}
