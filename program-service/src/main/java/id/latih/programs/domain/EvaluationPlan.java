package id.latih.programs.domain;

import java.util.List;

/**
 * Which Kirkpatrick levels (1 reaction, 2 learning, 3 behaviour, 4 results) the organiser evaluates, and after how
 * many days supervisors check behaviour on the job (the brief: typically 3-6 months).
 */
public record EvaluationPlan(List<Integer> kirkpatrickLevels, int behaviourFollowUpDays) {

    public EvaluationPlan {
        kirkpatrickLevels = kirkpatrickLevels.stream().distinct().sorted().toList();
    }
}
