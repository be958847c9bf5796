package id.latih.evaluations.application;

import id.latih.evaluations.domain.BehaviourRating;
import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.LearningScores;
import id.latih.evaluations.domain.Reaction;
import id.latih.events.LatihEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Evaluations {

    /** Opens the evaluation unless this event already did. */
    void open(Evaluation evaluation, UUID causedBy);

    Optional<Evaluation> find(String id);

    /**
     * One page of the evaluations the caller may read (a supervisor's staff come from {@code supervision}), of one
     * program and/or one participant where those are not null, in {@code order}, with the total count.
     */
    EvaluationPage findVisibleTo(AgencyScope scope, Supervision supervision, String programId, String nip,
                                 EvaluationOrder order, int page, int size);

    /** Every evaluation file of one program, whichever agency its participants belong to. */
    List<Evaluation> findInProgram(String programId);

    /**
     * The files whose on-the-job check is open on {@code today} among those the caller may read, except the caller's
     * own, earliest due first, one page.
     */
    List<Evaluation> findBehaviourChecksOpen(AgencyScope scope, Supervision supervision, LocalDate today,
                                             int expiryDays, int page, int size);

    /** Stores the supervisor's rating and, in the same write, its events, unless a rating is stored already. */
    boolean recordBehaviour(String evaluationId, BehaviourRating rating, List<? extends LatihEvent> events);

    /** Stores the participant's reaction unless one is stored already; returns false if one was. */
    boolean recordReaction(String evaluationId, Reaction reaction);

    /**
     * Stores the scores and, in the same write, the events they cause. With events, the write is conditional on no
     * follow-up having been recommended for the file meanwhile; returns false if that condition failed.
     */
    boolean recordLearning(String evaluationId, LearningScores scores, List<? extends LatihEvent> events);
}
