package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.ProgramEvaluations.Summary;
import java.time.LocalDate;

/**
 * A program's evaluation at a glance, for its organiser and the analysts above it.
 *
 * @param evaluationClosesOn the last day of the evaluation window (closed by the service the day after unless the
 *                           organiser closed it); null for a program without an end date
 */
record ProgramEvaluationView(String programId, String organiserAgencyCode, String title, String competencyCode,
                             LocalDate startDate, LocalDate endDate, LocalDate evaluationClosesOn,
                             boolean evaluationClosed) {

    static ProgramEvaluationView of(Summary s) {
        return new ProgramEvaluationView(s.program().programId(), s.program().agencyCode(), s.program().title(),
                s.program().competencyCode(), s.program().startDate(), s.program().endDate(), s.closesOn(),
                s.closed());
    }
}
