package id.latih.evaluations.application;

import id.latih.evaluations.application.ProgramResults.ClosedBy;
import id.latih.evaluations.domain.Program;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The timed close: a program's evaluation window ends when the last on-the-job check it can wait for has expired
 * (see {@link Program#evaluationClosesOn}); the day after, a program its organiser did not close is closed with the
 * figures as they stand, so program-service's ranking never waits on an organiser who forgot.
 */
@Service
public class CloseElapsedEvaluations {

    private final Programs programs;
    private final CompleteProgramEvaluation completion;
    private final EvaluationProperties properties;
    private final Clock clock;

    public CloseElapsedEvaluations(Programs programs, CompleteProgramEvaluation completion,
                                   EvaluationProperties properties, Clock clock) {
        this.programs = programs;
        this.completion = completion;
        this.properties = properties;
        this.clock = clock;
    }

    /** One pass; returns how many evaluations this instance closed. */
    public int sweep() {
        int closed = 0;
        for (Program program : programs.evaluationsToClose(LocalDate.now(clock), properties.sweepBatchSize())) {
            if (completion.close(program, ClosedBy.WINDOW_ELAPSED)) {
                closed++;
            }
        }
        return closed;
    }
}
