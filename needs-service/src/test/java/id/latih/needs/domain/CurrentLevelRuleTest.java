package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentLevelRuleTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 10);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 10);

    private static Assessment seen(String code, int level, AssessmentSource source, LocalDate on) {
        return new Assessment(code, level, 3, source.name(), on);
    }

    private static int currentLevel(CurrentLevelRule rule, Assessment... evidence) {
        return rule.deciding(List.of(evidence)).get("M.03").assessedLevel();
    }

    @Test
    void an_assessment_centre_result_stands_over_a_newer_self_assessment() {
        assertThat(currentLevel(CurrentLevelRule.standard(), seen("M.03", 2, AssessmentSource.ASSESSMENT_CENTER, JAN),
                seen("M.03", 4, AssessmentSource.SELF, MAR))).isEqualTo(2);
    }

    @Test
    void the_supervisor_stands_over_a_peer_and_a_peer_over_the_employee() {
        CurrentLevelRule rule = CurrentLevelRule.standard();

        assertThat(currentLevel(rule, seen("M.03", 4, AssessmentSource.PEER, MAR),
                seen("M.03", 2, AssessmentSource.SUPERVISOR, JAN))).isEqualTo(2);
        assertThat(currentLevel(rule, seen("M.03", 5, AssessmentSource.SELF, MAR),
                seen("M.03", 3, AssessmentSource.PEER, JAN))).isEqualTo(3);
    }

    @Test
    void within_one_source_the_most_recent_decides_and_on_the_same_day_the_one_recorded_last() {
        CurrentLevelRule rule = CurrentLevelRule.standard();

        assertThat(currentLevel(rule, seen("M.03", 3, AssessmentSource.SUPERVISOR, MAR),
                seen("M.03", 1, AssessmentSource.SUPERVISOR, JAN))).isEqualTo(3);
        assertThat(currentLevel(rule, seen("M.03", 1, AssessmentSource.SUPERVISOR, MAR),
                seen("M.03", 3, AssessmentSource.SUPERVISOR, MAR))).isEqualTo(3);
    }

    @Test
    void a_configured_precedence_or_latest_only_changes_which_evidence_decides() {
        Assessment centre = seen("M.03", 2, AssessmentSource.ASSESSMENT_CENTER, JAN);
        Assessment supervisor = seen("M.03", 4, AssessmentSource.SUPERVISOR, MAR);

        assertThat(currentLevel(new CurrentLevelRule(List.of(AssessmentSource.SUPERVISOR,
                AssessmentSource.ASSESSMENT_CENTER), false), centre, supervisor)).isEqualTo(4);
        assertThat(currentLevel(new CurrentLevelRule(List.of(AssessmentSource.values()), true), centre,
                seen("M.03", 5, AssessmentSource.SELF, MAR))).isEqualTo(5);
    }

    @Test
    void evidence_of_an_unlisted_or_older_kind_counts_after_every_listed_source() {
        Assessment legacy = new Assessment("M.03", 5, 3, "TEST", MAR);

        assertThat(currentLevel(CurrentLevelRule.standard(), legacy, seen("M.03", 2, AssessmentSource.SELF, JAN)))
                .isEqualTo(2);
        assertThat(currentLevel(CurrentLevelRule.standard(), legacy)).isEqualTo(5);
    }

    @Test
    void each_competency_is_decided_on_its_own_evidence() {
        var deciding = CurrentLevelRule.standard().deciding(List.of(seen("M.03", 2, AssessmentSource.SELF, JAN),
                seen("M.05", 4, AssessmentSource.PEER, JAN)));

        assertThat(deciding).containsOnlyKeys("M.03", "M.05");
        assertThat(deciding.get("M.05").assessedLevel()).isEqualTo(4);
    }
}
