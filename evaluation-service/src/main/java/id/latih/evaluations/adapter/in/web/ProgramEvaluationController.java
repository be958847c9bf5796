package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.CompleteProgramEvaluation;
import id.latih.evaluations.application.EnterBenefits;
import id.latih.evaluations.application.ProgramEvaluations;
import id.latih.evaluations.application.ProgramReports;
import id.latih.evaluations.application.ProgramReports.ProgramReport;
import id.latih.evaluations.application.RecordLearningScores;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A program's evaluation as its organiser works with it: the score sheet in, the class report out. */
@RestController
class ProgramEvaluationController {

    private final RecordLearningScores recordLearningScores;
    private final ProgramReports reports;
    private final EnterBenefits enterBenefits;
    private final CompleteProgramEvaluation completeEvaluation;
    private final ProgramEvaluations programEvaluations;

    ProgramEvaluationController(RecordLearningScores recordLearningScores, ProgramReports reports,
                                EnterBenefits enterBenefits, CompleteProgramEvaluation completeEvaluation,
                                ProgramEvaluations programEvaluations) {
        this.programEvaluations = programEvaluations;
        this.completeEvaluation = completeEvaluation;
        this.recordLearningScores = recordLearningScores;
        this.reports = reports;
        this.enterBenefits = enterBenefits;
    }

    /** Records pre-/post-test scores for one or many participants; answers with the class's learning figures. */
    @PostMapping(path = "/api/evaluations/programs/{programId}/learning-scores", consumes = "application/json")
    ProgramReportView.Learning recordScores(AgencyScope caller, @PathVariable String programId,
                                            @Valid @RequestBody Requests.LearningSheet sheet) {
        return ProgramReportView.Learning.of(recordLearningScores.record(caller, programId, sheet.entries()));
    }

    /** The same sheet as a spreadsheet's CSV export, header {@code nip,preTest,postTest}, {@code ,} or {@code ;}. */
    @PostMapping(path = "/api/evaluations/programs/{programId}/learning-scores", consumes = "text/csv")
    ProgramReportView.Learning recordScoresCsv(AgencyScope caller, @PathVariable String programId,
                                               @RequestBody String csv) {
        return ProgramReportView.Learning.of(recordLearningScores.record(caller, programId,
                ScoreSheetCsv.parse(csv)));
    }

    /** The organiser's estimate of the program's monetary benefits, for the report's ROI; answers with the report. */
    @PostMapping("/api/evaluations/programs/{programId}/benefits")
    ProgramReportView enterBenefits(AgencyScope caller, @PathVariable String programId,
                                    @Valid @RequestBody Requests.Benefits body) {
        enterBenefits.enter(caller, programId, body.monetaryBenefits(), body.basis());
        return ProgramReportView.of(reports.report(caller, programId));
    }

    /** Closes the program's evaluation window: {@code EvaluationCompleted} with the figures and the verdict, once. */
    @PostMapping("/api/evaluations/programs/{programId}/completion")
    ProgramReportView complete(AgencyScope caller, @PathVariable String programId) {
        return ProgramReportView.of(completeEvaluation.complete(caller, programId));
    }

    /** The programs whose evaluation the caller follows, latest first; {@code open=true}: only those still open. */
    @GetMapping("/api/evaluations/programs")
    PageView<ProgramEvaluationView> programs(AgencyScope caller, @RequestParam(defaultValue = "false") boolean open,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size) {
        ProgramEvaluations.SummaryPage found = programEvaluations.list(caller, open, page, size);
        return new PageView<>(found.items().stream().map(ProgramEvaluationView::of).toList(), found.page(),
                found.size(), found.totalItems());
    }

    @GetMapping("/api/evaluations/programs/{programId}/report")
    ProgramReportView report(AgencyScope caller, @PathVariable String programId) {
        ProgramReport report = reports.report(caller, programId);
        return ProgramReportView.of(report);
    }
}
