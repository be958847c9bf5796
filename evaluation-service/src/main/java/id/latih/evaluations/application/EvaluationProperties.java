package id.latih.evaluations.application;

import id.latih.evaluations.domain.BehaviourFollowUp;
import id.latih.evaluations.domain.GainBands;
import id.latih.evaluations.domain.Questionnaire;
import id.latih.evaluations.domain.VerdictRules;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param behaviourFollowUpMonths months after completion when the on-the-job check falls due (default 3)
 * @param lowGainBelow            a normalized learning gain below this is low, and recommends a follow-up
 *                                (default 0.3, Hake)
 * @param highGainAbove           a normalized learning gain above this is high (default 0.7, Hake)
 * @param reactionItems           the aspects the default reaction questionnaire asks participants to rate, one
 *                                item each (default relevance, material, facilitator, organisation, facilities)
 * @param reactionScaleMax        the top of the default questionnaire's scale, 4 or 5, which starts at 1 (default 5)
 * @param reactionWindowDays      days after completion a participant may answer (default 14)
 * @param verdictMinReactionPercent reaction index (% of the top rating) at or above which level 1 is met (default 70)
 * @param verdictMinClassGain      class gain at or above which level 2 is met (default 0.3, Hake's medium)
 * @param verdictMinShareApplying  share applying at target at or above which level 3 is met (default 0.5)
 * @param behaviourCheckExpiryDays days after the on-the-job check falls due that the supervisor may still rate it
 *                                (default 60)
 * @param behaviourCheckReminderDays days between reminders of an unrated on-the-job check (default 14; 0: none)
 * @param reactionCommentMaxLength characters a reaction comment may have in the default questionnaire, and at most
 *                                 in any organiser's (default 2000)
 * @param sweepBatchSize           files (or programs) one pass of the timed sweeps handles at most (default 200):
 *                                 the rest waits for the next pass, so one pass stays short
 */
@ConfigurationProperties("latih.evaluation")
public record EvaluationProperties(Integer behaviourFollowUpMonths, Double lowGainBelow, Double highGainAbove,
                                   List<String> reactionItems, Integer reactionScaleMax,
                                   Integer reactionWindowDays, Integer behaviourCheckExpiryDays,
                                   Double verdictMinReactionPercent, Double verdictMinClassGain,
                                   Double verdictMinShareApplying, Integer behaviourCheckReminderDays,
                                   Integer sweepBatchSize, Integer reactionCommentMaxLength) {

    public EvaluationProperties {
        behaviourFollowUpMonths = behaviourFollowUpMonths == null ? 3 : behaviourFollowUpMonths;
        lowGainBelow = lowGainBelow == null ? 0.3 : lowGainBelow;
        highGainAbove = highGainAbove == null ? 0.7 : highGainAbove;
        reactionItems = reactionItems == null || reactionItems.isEmpty()
                ? List.of("RELEVANCE", "MATERIAL", "FACILITATOR", "ORGANISATION", "FACILITIES") : reactionItems;
        reactionScaleMax = reactionScaleMax == null ? 5 : reactionScaleMax;
        reactionWindowDays = reactionWindowDays == null ? 14 : reactionWindowDays;
        behaviourCheckExpiryDays = behaviourCheckExpiryDays == null ? 60 : behaviourCheckExpiryDays;
        verdictMinReactionPercent = verdictMinReactionPercent == null ? 70.0 : verdictMinReactionPercent;
        verdictMinClassGain = verdictMinClassGain == null ? 0.3 : verdictMinClassGain;
        verdictMinShareApplying = verdictMinShareApplying == null ? 0.5 : verdictMinShareApplying;
        behaviourCheckReminderDays = behaviourCheckReminderDays == null ? 14 : behaviourCheckReminderDays;
        sweepBatchSize = sweepBatchSize == null || sweepBatchSize < 1 ? 200 : sweepBatchSize;
        reactionCommentMaxLength = reactionCommentMaxLength == null ? 2000 : reactionCommentMaxLength;
        new GainBands(lowGainBelow, highGainAbove);
        new BehaviourFollowUp(behaviourCheckReminderDays, behaviourCheckExpiryDays);
        Questionnaire.standard(reactionItems, reactionScaleMax, reactionCommentMaxLength);
    }

    public GainBands gainBands() {
        return new GainBands(lowGainBelow, highGainAbove);
    }

    public VerdictRules verdictRules() {
        return new VerdictRules(verdictMinReactionPercent, verdictMinClassGain, verdictMinShareApplying);
    }

    public BehaviourFollowUp behaviourFollowUp() {
        return new BehaviourFollowUp(behaviourCheckReminderDays, behaviourCheckExpiryDays);
    }

    public Questionnaire questionnaire() {
        return Questionnaire.standard(reactionItems, reactionScaleMax, reactionCommentMaxLength);
    }
}
