package id.latih.evaluations.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kirkpatrick level 3 for a class: of the participants whose on-the-job check has fallen due, how many supervisors
 * rated, and the share applying what the program taught, i.e. rated at or above the target level on every
 * competency that has one. Without any target level there is nothing to compare with: no share.
 *
 * @param due            completed participants whose check has fallen due by the report's day
 * @param responseRate   rated / due; null when none is due
 * @param shareApplying  applying / rated; null without ratings or without target levels
 * @param meanObservedLevels per competency, the mean observed level over the ratings
 */
public record BehaviourReport(int due, int rated, Double responseRate, Double shareApplying,
                              Map<String, Double> meanObservedLevels) {

    public static BehaviourReport of(List<Evaluation> files, List<TargetLevel> targets, LocalDate today) {
        int due = (int) files.stream().filter(f -> f.behaviourCheckDue() != null
                && !today.isBefore(f.behaviourCheckDue())).count();
        List<BehaviourRating> ratings = files.stream().map(Evaluation::behaviour).filter(Objects::nonNull).toList();
        boolean anyTarget = targets.stream().anyMatch(t -> t.level() > 0);
        Double share = ratings.isEmpty() || !anyTarget ? null
                : (double) ratings.stream().filter(r -> Evaluation.belowTarget(r, targets).isEmpty()).count()
                / ratings.size();
        Map<String, Double> means = new LinkedHashMap<>();
        for (TargetLevel target : targets) {
            ratings.stream().map(r -> r.observedLevels().get(target.competencyCode())).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).average()
                    .ifPresent(mean -> means.put(target.competencyCode(), mean));
        }
        return new BehaviourReport(due, ratings.size(), due == 0 ? null : (double) ratings.size() / due, share, means);
    }
}
