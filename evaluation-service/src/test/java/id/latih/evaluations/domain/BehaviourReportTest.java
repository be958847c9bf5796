package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviourReportTest {

    // Files of EvaluationBuilder fall due on 2026-08-08.
    private static final LocalDate AFTER_DUE = LocalDate.of(2026, 9, 1);
    private static final List<TargetLevel> TARGETS = List.of(new TargetLevel("M.05", 3), new TargetLevel("M.03", 4));

    @Test
    void the_share_applying_counts_those_at_or_above_target_on_every_competency() {
        // Rated: (3, 4) applies; (4, 3) falls short on M.03. Unrated: one. Due: 3, rated 2, applying 1 of 2.
        List<Evaluation> files = List.of(rated(3, 4), rated(4, 3),
                EvaluationBuilder.completed("198503152010011009", null, null));

        BehaviourReport report = BehaviourReport.of(files, TARGETS, AFTER_DUE);

        assertThat(report.due()).isEqualTo(3);
        assertThat(report.rated()).isEqualTo(2);
        assertThat(report.responseRate()).isEqualTo(2.0 / 3);
        assertThat(report.shareApplying()).isEqualTo(0.5);
        assertThat(report.meanObservedLevels()).containsExactly(entry("M.05", 3.5), entry("M.03", 3.5));
    }

    @Test
    void before_any_check_is_due_there_is_no_response_rate_and_without_targets_no_share() {
        List<Evaluation> files = List.of(EvaluationBuilder.completed("198503152010011009", null, null));

        assertThat(BehaviourReport.of(files, TARGETS, LocalDate.of(2026, 8, 7)).responseRate()).isNull();
        assertThat(BehaviourReport.of(List.of(rated(3, 4)), List.of(new TargetLevel("M.05", 0),
                new TargetLevel("M.03", 0)), AFTER_DUE).shareApplying()).isNull();
        assertThat(BehaviourReport.of(files, TARGETS, AFTER_DUE).shareApplying()).isNull();
    }

    private static int sequence;

    private static Evaluation rated(int m05, int m03) {
        Evaluation f = EvaluationBuilder.completed(String.format("1985031520100130%02d", sequence++), null, null);
        return new Evaluation(f.id(), f.agencyCode(), f.enrollmentId(), f.programId(), f.nip(), f.competencyCode(),
                f.jpEarned(), f.completedOn(), f.behaviourCheckDue(), f.status(), f.outcome(), f.learning(), false,
                null, BehaviourRating.of(Map.of("M.05", m05, "M.03", m03), "197801012005011001", Instant.now()));
    }
}
