package id.latih.evaluations.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Kirkpatrick level 1 for a class. The index is the mean of each respondent's mean rating (every respondent weighs
 * the same); answers to different questionnaire versions may use different scales, so the figure the verdict uses is
 * the mean of each respondent's mean as a percentage of their scale's top. Item and aspect means show where the
 * program did well or not. Only participants who completed the program may answer, so the response rate is over
 * them. Comments are listed without who wrote them.
 *
 * @param responseRate   respondents / participants who completed; null when none completed
 * @param index          on {@code scaleMax}; null without responses or when answers used different scales
 * @param scaleMax       the scale the answers used (the current questionnaire's without answers)
 * @param percentOfTop   mean of each respondent's mean as % of their top rating; null without responses
 * @param itemMeans      per item code, over respondents who rated it; an item no one rated is left out
 * @param aspectPercents per aspect, the mean of its ratings as % of the top rating; an aspect no one rated is left out
 * @param versions       the questionnaire versions answered (0: the default form)
 */
public record ReactionReport(int invited, int respondents, Double responseRate, Double index, int scaleMax,
                             Double percentOfTop, Map<String, Double> itemMeans,
                             Map<ReactionAspect, Double> aspectPercents, List<String> comments,
                             List<Integer> versions) {

    /** The report with the one questionnaire every answer used. */
    public static ReactionReport of(List<Evaluation> files, Questionnaire questionnaire) {
        return of(files, questionnaire, Map.of(questionnaire.version(), questionnaire));
    }

    /**
     * @param current  the questionnaire participants answer now (its scale stands in for answers without one)
     * @param versions every version answers may refer to, by number; an unknown version counts as {@code current}
     */
    public static ReactionReport of(List<Evaluation> files, Questionnaire current, Map<Integer, Questionnaire> versions) {
        List<Evaluation> invited = files.stream().filter(f -> f.outcome() == TrainingOutcome.COMPLETED).toList();
        List<Reaction> answers = files.stream().map(Evaluation::reaction).filter(Objects::nonNull).toList();
        int defaultScale = current.scaleMax();
        Map<String, List<Integer>> byItem = new LinkedHashMap<>();
        Map<ReactionAspect, List<Double>> byAspect = new EnumMap<>(ReactionAspect.class);
        for (Reaction answer : answers) {
            Questionnaire form = versions.getOrDefault(answer.questionnaireVersion(), current);
            int scale = answer.scaleMax() > 0 ? answer.scaleMax() : defaultScale;
            answer.ratings().forEach((item, rating) -> {
                byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(rating);
                form.aspectOf(item).ifPresent(aspect -> byAspect.computeIfAbsent(aspect, k -> new ArrayList<>())
                        .add((double) rating / scale * 100));
            });
        }
        Map<String, Double> itemMeans = new LinkedHashMap<>();
        current.items().forEach(i -> mean(byItem.remove(i.code()), m -> itemMeans.put(i.code(), m)));
        new TreeSet<>(byItem.keySet()).forEach(code -> mean(byItem.get(code), m -> itemMeans.put(code, m)));
        Map<ReactionAspect, Double> aspectPercents = new EnumMap<>(ReactionAspect.class);
        byAspect.forEach((aspect, percents) -> aspectPercents.put(aspect,
                percents.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        TreeSet<Integer> scales = new TreeSet<>();
        answers.forEach(a -> scales.add(a.scaleMax() > 0 ? a.scaleMax() : defaultScale));
        boolean oneScale = scales.size() == 1;
        return new ReactionReport(invited.size(), answers.size(),
                invited.isEmpty() ? null : (double) answers.size() / invited.size(),
                answers.isEmpty() || !oneScale ? null
                        : answers.stream().mapToDouble(Reaction::mean).average().orElseThrow(),
                oneScale ? scales.first() : defaultScale,
                answers.isEmpty() ? null
                        : answers.stream().mapToDouble(a -> a.percentOfTop(defaultScale)).average().orElseThrow(),
                itemMeans, aspectPercents,
                answers.stream().map(Reaction::comments).filter(Objects::nonNull).toList(),
                answers.stream().map(Reaction::questionnaireVersion).distinct().sorted().toList());
    }

    private static void mean(List<Integer> ratings, java.util.function.DoubleConsumer then) {
        if (ratings != null && !ratings.isEmpty()) {
            then.accept(ratings.stream().mapToInt(Integer::intValue).average().orElseThrow());
        }
    }
}
