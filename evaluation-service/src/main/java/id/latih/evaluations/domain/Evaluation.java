package id.latih.evaluations.domain;

import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation file of one participant of one program: opened when the participation ends (completed or not),
 * holding the learning test scores now and the on-the-job behaviour check when it falls due (typically 3-6 months
 * later, checked by the supervisor). {@code agencyCode} is the participant's agency: their agency reads the file.
 *
 * @param followUpRecommended whether a follow-up was already recommended for this file: it is recommended once
 * @param reaction            the participant's answer to the reaction questionnaire; null until answered
 * @param behaviour           the supervisor's on-the-job rating; null until rated
 */
public record Evaluation(String id, String agencyCode, String enrollmentId, String programId, String nip,
                         String competencyCode, int jpEarned, LocalDate completedOn, LocalDate behaviourCheckDue,
                         EvaluationStatus status, TrainingOutcome outcome, LearningScores learning,
                         boolean followUpRecommended, Reaction reaction, BehaviourRating behaviour) {

    /** Why a follow-up is recommended, as {@code FollowUpRecommended.reason} carries it. */
    public static final String LOW_GAIN = "LOW_GAIN";

    /** A follow-up to recommend for a participant whose learning gain is low. */
    public record FollowUp(String reason, double normalizedGain) {
    }

    public static String idFor(String enrollmentId) {
        return "EV-" + enrollmentId;
    }

    public static Evaluation openFor(TrainingCompleted training, LocalDate behaviourCheckDue) {
        return new Evaluation(idFor(training.enrollmentId()), training.agencyCode(), training.enrollmentId(),
                training.programId(), training.nip(), training.competencyCode(), training.jpEarned(),
                training.completedOn(), behaviourCheckDue, EvaluationStatus.OPEN,
                TrainingOutcome.COMPLETED, LearningScores.NONE, false, null, null);
    }

    /** A participation that ended without completion still gets a file: its tests count in the class's results. */
    public static Evaluation openFor(TrainingNotCompleted training) {
        return new Evaluation(idFor(training.enrollmentId()), training.agencyCode(), training.enrollmentId(),
                training.programId(), training.nip(), null, 0, null, null, EvaluationStatus.OPEN,
                TrainingOutcome.NOT_COMPLETED, LearningScores.NONE, false, null, null);
    }

    public Optional<Double> normalizedGain() {
        return learning.normalizedGain();
    }

    /**
     * The follow-up that new scores call for: one when the gain is defined and in the low band, and none was
     * recommended for this file before (a corrected score does not recommend twice).
     */
    public Optional<FollowUp> followUpAfter(LearningScores scores, GainBands bands) {
        if (followUpRecommended) {
            return Optional.empty();
        }
        return scores.normalizedGain().filter(gain -> bands.bandOf(gain) == GainBand.LOW)
                .map(gain -> new FollowUp(LOW_GAIN, gain));
    }

    /**
     * The participant's reaction, if they may still give it: only after completing the program (never someone who
     * did not attend to the end), once, and within {@code windowDays} of completion (answers given long after say
     * little about the program).
     */
    public Reaction answerReaction(Questionnaire questionnaire, Map<String, Integer> ratings, String comments,
                                   LocalDate today, int windowDays, Instant now) {
        if (outcome != TrainingOutcome.COMPLETED) {
            throw new RuleViolationException("reaction-not-invited",
                    "Only participants who completed the program answer its reaction questionnaire");
        }
        if (reaction != null) {
            throw new RuleViolationException("reaction-answered", "The reaction questionnaire was answered already");
        }
        if (today.isAfter(completedOn.plusDays(windowDays))) {
            throw new RuleViolationException("reaction-window-closed", "The reaction questionnaire closed "
                    + windowDays + " days after completion, on " + completedOn.plusDays(windowDays));
        }
        return questionnaire.answer(ratings, comments, now);
    }

    /** The levels of the competency scale (PermenPANRB 38/2017): 1 Paham .. 5 Ahli. */
    public static final int LOWEST_LEVEL = 1;
    public static final int HIGHEST_LEVEL = 5;

    /** Whether the on-the-job check is open on {@code today}: due, not yet rated, not expired. */
    public boolean behaviourCheckOpen(LocalDate today, int expiryDays) {
        return outcome == TrainingOutcome.COMPLETED && behaviour == null && behaviourCheckDue != null
                && !today.isBefore(behaviourCheckDue) && !today.isAfter(behaviourCheckDue.plusDays(expiryDays));
    }

    /** Why a follow-up is recommended after the on-the-job check: a competency applied below its target level. */
    public static final String LOW_TRANSFER = "LOW_TRANSFER";

    /**
     * The supervisor's rating, if the check is open: every competency the program develops ({@code targets}) rated
     * once on the scale, no other. Before the due date nothing is asked yet (transfer to the job takes months);
     * after expiry the question is closed, unanswered.
     */
    public BehaviourRating rateBehaviour(Map<String, Integer> levels, List<TargetLevel> targets, String supervisorNip,
                                         LocalDate today, int expiryDays, Instant now) {
        if (outcome != TrainingOutcome.COMPLETED || behaviourCheckDue == null) {
            throw new RuleViolationException("behaviour-not-asked", "Only completed training is rated on the job");
        }
        if (behaviour != null) {
            throw new RuleViolationException("behaviour-rated", "The on-the-job check was rated already");
        }
        if (today.isBefore(behaviourCheckDue) || today.isAfter(behaviourCheckDue.plusDays(expiryDays))) {
            throw new RuleViolationException("behaviour-check-closed", "The on-the-job check is open from "
                    + behaviourCheckDue + " to " + behaviourCheckDue.plusDays(expiryDays));
        }
        List<String> codes = targets.stream().map(TargetLevel::competencyCode).toList();
        for (String code : levels.keySet()) {
            if (!codes.contains(code)) {
                throw new InvalidValueException("observedLevels." + code, "is not a competency of this program "
                        + codes);
            }
        }
        for (String code : codes) {
            Integer level = levels.get(code);
            if (level == null || level < LOWEST_LEVEL || level > HIGHEST_LEVEL) {
                throw new InvalidValueException("observedLevels." + code, "must be a level from "
                        + LOWEST_LEVEL + " to " + HIGHEST_LEVEL);
            }
        }
        return BehaviourRating.of(levels, supervisorNip, now);
    }

    /**
     * The competencies the rating shows applied below the program's target level (low transfer): each recommends a
     * follow-up. A target of 0 (none set) recommends nothing.
     */
    public static List<String> belowTarget(BehaviourRating rating, List<TargetLevel> targets) {
        Map<String, Integer> observed = rating.observedLevels();
        return targets.stream().filter(t -> t.level() > 0 && observed.getOrDefault(t.competencyCode(), 0) < t.level())
                .map(TargetLevel::competencyCode).toList();
    }
}
