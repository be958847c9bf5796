package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.EmploymentType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * An employee as the API shows it, with what the NIP tells (birth date, CPNS start, gender) for PNS. The supervisor's
 * NIP is shown only to callers who may read the supervisor too (the use case leaves it out otherwise).
 */
record EmployeeView(String nip, String agencyCode, String name, String employmentType, String jobType,
                    String positionTitle, String supervisorNip, LocalDate birthDate, YearMonth cpnsStart,
                    String gender, List<AssessmentView> assessments, List<RatingView> performanceRatings,
                    String unitCode, String unitName) {

    /** A year's SKP rating and the performance gap it means: steps below Baik (0 for Baik and better). */
    record RatingView(int year, String rating, int performanceGap) {
    }

    record AssessmentView(String competencyCode, int assessedLevel, int requiredLevel, int gap, String method,
                          LocalDate assessedOn) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.competencyCode(), a.assessedLevel(), a.requiredLevel(), a.gap(), a.method(),
                    a.assessedOn());
        }
    }

    static EmployeeView of(Employee e) {
        boolean pns = e.employmentType() == EmploymentType.PNS;
        return new EmployeeView(e.nip().value(), e.agencyCode(), e.name(), e.employmentType().name(),
                e.jobType().name(), e.positionTitle(), e.supervisorNip() == null ? null : e.supervisorNip().value(),
                pns ? e.nip().birthDate() : null, pns ? e.nip().cpnsStart() : null, pns ? e.nip().gender() : null,
                e.assessments().stream().map(AssessmentView::of).toList(),
                e.performanceRatings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(r -> new RatingView(r.getKey(), r.getValue().name(), r.getValue().performanceGap()))
                        .toList(), e.unitCode(), e.unit() == null ? null : e.unit().name());
    }
}
