package id.latih.evaluations.application;

import id.latih.evaluations.domain.BehaviourCheck;
import id.latih.events.LatihEvent;
import java.time.LocalDate;
import java.util.List;

/** The on-the-job checks still waiting for a rating, as the timed sweep steps through them. */
public interface PendingBehaviourChecks {

    /**
     * Unrated on-the-job checks whose next step (the request, a reminder, the expiry) falls on or before
     * {@code today}, earliest first, at most {@code limit}.
     */
    List<BehaviourCheck> behaviourStepsDue(LocalDate today, int limit);

    /**
     * Claims and records one announced step with its event in the same write, conditional on {@code announced} steps
     * having been announced and no rating stored: of two sweeps racing for the same step, one wins, the other gets
     * false and sends nothing.
     */
    boolean announceBehaviourStep(String evaluationId, int announced, LocalDate nextStepOn,
                                  List<? extends LatihEvent> events);

    /** Moves the next step to {@code nextStepOn} (settings changed since it was set), on the same condition. */
    boolean rescheduleBehaviourStep(String evaluationId, int announced, LocalDate nextStepOn);

    /** Marks the check expired unrated, on the same condition: no step follows. */
    boolean expireBehaviourCheck(String evaluationId, int announced, LocalDate expiredOn);
}
