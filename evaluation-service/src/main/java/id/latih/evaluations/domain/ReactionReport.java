package id.latih.evaluations.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kirkpatrick level 1 for a class. The index is the mean of each respondent's mean rating (every respondent weighs
 * the same), on the questionnaire's scale; item means show where the program did well or not. Only participants who
 * completed the program may answer, so the response rate is over them. Comments are listed without who wrote them.
 *
 * @param responseRate respondents / participants who completed; null when none completed
 * @param index        null without responses
 * @param itemMeans    per item, over respondents who rated it; an item no one rated is left out
 */
public record ReactionReport(int invited, int respondents, Double responseRate, Double index, int scaleMax,
                             Map<String, Double> itemMeans, List<String> comments) {

    /** The index as a percentage of the top rating, comparable across scales; null without responses. */
    public Double percentOfTop() {
        return index == null ? null : index / scaleMax * 100;
    }

    public static ReactionReport of(List<Evaluation> files, Questionnaire questionnaire) {
        List<Evaluation> invited = files.stream().filter(f -> f.outcome() == TrainingOutcome.COMPLETED).toList();
        List<Reaction> answers = files.stream().map(Evaluation::reaction).filter(Objects::nonNull).toList();
        Map<String, Double> itemMeans = new LinkedHashMap<>();
        for (String item : questionnaire.items()) {
            answers.stream().map(a -> a.ratings().get(item)).filter(Objects::nonNull).mapToInt(Integer::intValue)
                    .average().ifPresent(mean -> itemMeans.put(item, mean));
        }
        return new ReactionReport(invited.size(), answers.size(),
                invited.isEmpty() ? null : (double) answers.size() / invited.size(),
                answers.isEmpty() ? null : answers.stream().mapToDouble(Reaction::mean).average().orElseThrow(),
                questionnaire.scaleMax(), itemMeans,
                answers.stream().map(Reaction::comments).filter(Objects::nonNull).toList());
    }
}
