package id.latih.evaluations.adapter.in.scheduling;

import id.latih.evaluations.application.AnnounceBehaviourChecks;
import id.latih.evaluations.application.CloseElapsedEvaluations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The timed steps of an evaluation, on one timer ({@code latih.evaluation.sweep-interval}, default 10 minutes):
 * on-the-job checks falling due, their reminders and expiry, and evaluation windows that ended. Every instance
 * runs it; each step is claimed by a conditional write, so running two changes nothing but who sends.
 */
@Component
class EvaluationSweeps {

    private final AnnounceBehaviourChecks behaviourChecks;
    private final CloseElapsedEvaluations elapsedEvaluations;

    EvaluationSweeps(AnnounceBehaviourChecks behaviourChecks, CloseElapsedEvaluations elapsedEvaluations) {
        this.behaviourChecks = behaviourChecks;
        this.elapsedEvaluations = elapsedEvaluations;
    }

    @Scheduled(fixedDelayString = "${latih.evaluation.sweep-interval:PT10M}",
            initialDelayString = "${latih.evaluation.sweep-initial-delay:PT1M}")
    void sweep() {
        behaviourChecks.sweep();
        elapsedEvaluations.sweep();
    }
}
