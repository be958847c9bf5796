package id.latih.evaluations.application;

import id.latih.evaluations.application.ProgramReports.ProgramReport;
import id.latih.evaluations.application.ProgramResults.ClosedBy;
import id.latih.evaluations.domain.Program;
import id.latih.events.EvaluationCompleted;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The organiser closes a program's evaluation window: the figures as they stand and the verdict go out once as
 * {@code EvaluationCompleted}, which program-service uses to rank programs. The organiser may close as soon as the
 * last check it waits for is in; a window nobody closes is closed by the timer ({@link CloseElapsedEvaluations}).
 * Either way the close is one conditional write carrying the event, so it goes out once, whichever path comes first.
 */
@Service
public class CompleteProgramEvaluation {

    private final ProgramAccess access;
    private final ProgramReports reports;
    private final ProgramResults results;
    private final Programs programs;
    private final Clock clock;

    public CompleteProgramEvaluation(ProgramAccess access, ProgramReports reports, ProgramResults results,
                                     Programs programs, Clock clock) {
        this.programs = programs;
        this.access = access;
        this.reports = reports;
        this.results = results;
        this.clock = clock;
    }

    public ProgramReport complete(AgencyScope caller, String programId) {
        Program program = access.forOrganiser(caller, programId);
        if (!close(program, ClosedBy.ORGANISER)) {
            throw new RuleViolationException("evaluation-completed", "The evaluation of program " + programId
                    + " was completed already");
        }
        return reports.report(caller, programId);
    }

    /** Closes the program's evaluation with the figures as they stand; false if it was closed already. */
    boolean close(Program program, ClosedBy by) {
        String programId = program.programId();
        ProgramReport report = reports.reportOf(program);
        EvaluationCompleted completed = new EvaluationCompleted(UUID.randomUUID(), clock.instant(),
                report.program().agencyCode(), "PE-" + programId, programId, report.reactionPercent(),
                report.learning().classGain(), report.learning().participants(), report.behaviour().shareApplying(),
                report.results().roiPercent(), report.verdict().name());
        boolean closed = results.completeEvaluation(programId, completed, by);
        programs.evaluationClosed(programId);
        return closed;
    }
}
