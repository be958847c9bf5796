package id.latih.evaluations.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Kirkpatrick level 2 for a whole class. Two gains, labelled, because they are different numbers (a published
 * course: 0.23 vs 0.15): the class gain is Hake's g on the class's mean pre- and post-test, the average individual
 * gain the mean of each participant's own g. Both use only participants with both scores (matched pairs), so a
 * missing post-test does not pull the class mean down; the average individual gain further leaves out those whose
 * pre-test was already 100 (their gain is undefined; they are counted in {@code undefinedGains}).
 *
 * @param participants        evaluation files of the program (completed or not)
 * @param notCompleted        of those, participations that ended without completion
 * @param withPreTest         participants with a pre-test score
 * @param withPostTest        participants with a post-test score
 * @param matchedPairs        participants with both
 * @param responseRate        matched pairs / participants; null without participants
 * @param meanPreTest         mean pre-test of the matched pairs; null without pairs
 * @param meanPostTest        mean post-test of the matched pairs; null without pairs
 * @param classGain           g on the means; null without pairs or when the mean pre-test is 100
 * @param averageIndividualGain mean of the defined individual gains; null when none is defined
 * @param distribution        participants per band of their individual gain
 * @param undefinedGains      matched pairs whose pre-test was 100
 * @param maxScore            the score the tests are out of
 */
public record LearningReport(int participants, int notCompleted, int withPreTest, int withPostTest, int matchedPairs,
                             Double responseRate, Double meanPreTest, Double meanPostTest, Double classGain,
                             GainBand classGainBand, Double averageIndividualGain, GainBand averageIndividualGainBand,
                             Map<GainBand, Integer> distribution, int undefinedGains, int maxScore) {

    public static LearningReport of(List<Evaluation> files, GainBands bands) {
        List<LearningScores> pairs = files.stream().map(Evaluation::learning).filter(LearningScores::complete)
                .toList();
        Double meanPre = mean(pairs.stream().map(s -> (double) s.preTest()).toList());
        Double meanPost = mean(pairs.stream().map(s -> (double) s.postTest()).toList());
        Double classGain = meanPre == null || meanPre == LearningScores.MAX_SCORE ? null
                : (meanPost - meanPre) / (LearningScores.MAX_SCORE - meanPre);
        List<Double> gains = pairs.stream().flatMap(s -> s.normalizedGain().stream()).toList();
        Double average = mean(gains);
        Map<GainBand, Integer> distribution = new EnumMap<>(GainBand.class);
        for (GainBand band : GainBand.values()) {
            distribution.put(band, (int) gains.stream().filter(g -> bands.bandOf(g) == band).count());
        }
        return new LearningReport(files.size(),
                (int) files.stream().filter(f -> f.outcome() == TrainingOutcome.NOT_COMPLETED).count(),
                (int) files.stream().filter(f -> f.learning().preTest() != null).count(),
                (int) files.stream().filter(f -> f.learning().postTest() != null).count(),
                pairs.size(), files.isEmpty() ? null : (double) pairs.size() / files.size(), meanPre, meanPost,
                classGain, classGain == null ? null : bands.bandOf(classGain), average,
                average == null ? null : bands.bandOf(average), distribution, pairs.size() - gains.size(),
                LearningScores.MAX_SCORE);
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }
}
