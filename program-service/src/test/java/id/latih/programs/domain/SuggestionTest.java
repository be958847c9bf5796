package id.latih.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private final BacklogNeed levelThree = new BacklogNeed("N-1", "3273.DINKES", "198503152010011001", "M.05", 1, 3,
            2026, "IDENTIFIED", null);

    @Test
    void the_closest_level_comes_first_then_the_most_effective_and_unmeasured_last() {
        Program exactUnmeasured = program("M.05", 3);
        Program exactWeak = program("M.05", 3);
        Program exactStrong = program("M.05", 3);
        Program higher = program("M.05", 4);
        Program tooLow = program("M.05", 2);
        Program otherCompetency = program("M.01", 3);

        List<Suggestion> ranked = Suggestion.rank(levelThree, List.of(higher, exactUnmeasured, tooLow, exactWeak,
                otherCompetency, exactStrong), Map.of(exactWeak.id(), 0.25, exactStrong.id(), 0.62,
                higher.id(), 0.9));

        assertThat(ranked).extracting(Suggestion::program)
                .containsExactly(exactStrong, exactWeak, exactUnmeasured, higher);
        assertThat(ranked.get(3).overshoot()).isEqualTo(1);
    }

    private static Program program(String competency, int level) {
        Design design = new Design(null, 45, List.of(new TargetLevel(competency, level)), List.of(), List.of(),
                new Eligibility(List.of(), List.of()), List.of(), false, new CompletionCriteria(80, 0),
                new EvaluationPlan(List.of(1), 90), new Budget(0, 0, null));
        return Program.publish("3273.BKPSDM", new ProgramPlan("P", competency, LearningRoute.KLASIKAL,
                LearningMethod.CLASS, 20, 30, START, START, List.of(), design), START, ZoneId.of("Asia/Jakarta"));
    }
}
