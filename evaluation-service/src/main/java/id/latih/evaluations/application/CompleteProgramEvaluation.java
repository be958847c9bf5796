package id.latih.evaluations.application;

import id.latih.evaluations.application.ProgramReports.ProgramReport;
import id.latih.events.EvaluationCompleted;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The organiser closes a program's evaluation window: the figures as they stand and the verdict go out once as
 * {@code EvaluationCompleted}, which program-service uses to rank programs. Closing is the organiser's decision
 * (when the last check it waits for is in), so it is a command rather than a timer.
 */
@Service
public class CompleteProgramEvaluation {

    private final ProgramAccess access;
    private final ProgramReports reports;
    private final ProgramResults results;
    private final Clock clock;

    public CompleteProgramEvaluation(ProgramAccess access, ProgramReports reports, ProgramResults results,
                                     Clock clock) {
        this.access = access;
        this.reports = reports;
        this.results = results;
        this.clock = clock;
    }

    public ProgramReport complete(AgencyScope caller, String programId) {
        access.forOrganiser(caller, programId);
        ProgramReport report = reports.report(caller, programId);
        EvaluationCompleted completed = new EvaluationCompleted(UUID.randomUUID(), clock.instant(),
                report.program().agencyCode(), "PE-" + programId, programId, report.reactionPercent(),
                report.learning().classGain(), report.learning().participants(), report.behaviour().shareApplying(),
                report.results().roiPercent(), report.verdict().name());
        if (!results.completeEvaluation(programId, completed)) {
            throw new RuleViolationException("evaluation-completed", "The evaluation of program " + programId
                    + " was completed already");
        }
        return reports.report(caller, programId);
    }
}
