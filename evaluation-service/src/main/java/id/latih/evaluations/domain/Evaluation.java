package id.latih.evaluations.domain;

import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation file of one participant of one program: opened when the participation ends (completed or not),
 * holding the learning test scores now and the on-the-job behaviour check when it falls due (typically 3-6 months
 * later, checked by the supervisor). {@code agencyCode} is the participant's agency: their agency reads the file.
 *
 * @param followUpRecommended whether a follow-up was already recommended for this file: it is recommended once
 * @param reaction            the participant's answer to the reaction questionnaire; null until answered
 */
public record Evaluation(String id, String agencyCode, String enrollmentId, String programId, String nip,
                         String competencyCode, int jpEarned, LocalDate completedOn, LocalDate behaviourCheckDue,
                         EvaluationStatus status, TrainingOutcome outcome, LearningScores learning,
                         boolean followUpRecommended, Reaction reaction) {

    /** Why a follow-up is recommended, as {@code FollowUpRecommended.reason} carries it. */
    public static final String LOW_GAIN = "LOW_GAIN";

    /** A follow-up to recommend for a participant whose learning gain is low. */
    public record FollowUp(String reason, double normalizedGain) {
    }

    public static String idFor(String enrollmentId) {
        return "EV-" + enrollmentId;
    }

    public static Evaluation openFor(TrainingCompleted training, int followUpMonths) {
        return new Evaluation(idFor(training.enrollmentId()), training.agencyCode(), training.enrollmentId(),
                training.programId(), training.nip(), training.competencyCode(), training.jpEarned(),
                training.completedOn(), training.completedOn().plusMonths(followUpMonths), EvaluationStatus.OPEN,
                TrainingOutcome.COMPLETED, LearningScores.NONE, false, null);
    }

    /** A participation that ended without completion still gets a file: its tests count in the class's results. */
    public static Evaluation openFor(TrainingNotCompleted training) {
        return new Evaluation(idFor(training.enrollmentId()), training.agencyCode(), training.enrollmentId(),
                training.programId(), training.nip(), null, 0, null, null, EvaluationStatus.OPEN,
                TrainingOutcome.NOT_COMPLETED, LearningScores.NONE, false, null);
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
}
