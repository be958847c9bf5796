package id.latih.programs.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An open program suggested for a need: it targets the need's competency at or above the level required. Ranked
 * by fit (the smallest overshoot of the level first: a level-3 need is best met by a level-3 program) and then by
 * measured effectiveness (the mean learning gain of its evaluations; unmeasured programs last).
 */
public record Suggestion(Program program, int targetLevel, int overshoot, Double meanLearningGain) {

    public static List<Suggestion> rank(BacklogNeed need, List<Program> candidates,
                                        Map<String, Double> meanGainByProgram) {
        return candidates.stream()
                .flatMap(p -> levelFor(p, need.competencyCode()).filter(l -> l >= need.requiredLevel())
                        .map(l -> new Suggestion(p, l, l - need.requiredLevel(), meanGainByProgram.get(p.id())))
                        .stream())
                .sorted(Comparator.comparingInt(Suggestion::overshoot)
                        .thenComparing(Suggestion::meanLearningGain,
                                Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                        .thenComparing(s -> s.program().startDate()))
                .toList();
    }

    private static Optional<Integer> levelFor(Program p, String competencyCode) {
        return p.design().targets().stream().filter(t -> t.competencyCode().equals(competencyCode))
                .map(TargetLevel::level).max(Integer::compare);
    }
}
