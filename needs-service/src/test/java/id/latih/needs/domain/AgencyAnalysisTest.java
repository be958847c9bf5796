package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** COLLECTING -> ANALYSED -> VERIFIED -> APPROVED, who and when kept, nothing skipped. */
class AgencyAnalysisTest {

    private static final Instant T = Instant.parse("2026-03-01T02:00:00Z");
    private final AgencyAnalysis collecting = AgencyAnalysis.collecting("3273.DINKES", 2026,
            LocalDate.of(2026, 3, 31));

    @Test
    void the_steps_run_in_order_and_each_keeps_who_and_when() {
        AgencyAnalysis approved = collecting.analysed("pyb", T, 3, 40).verified("pyb", T.plusSeconds(60))
                .approved("kepala", T.plusSeconds(120));

        assertThat(approved.status()).isEqualTo(AkpkStatus.APPROVED);
        assertThat(approved.history()).extracting(AkpkStep::status).containsExactly(AkpkStatus.ANALYSED,
                AkpkStatus.VERIFIED, AkpkStatus.APPROVED);
        assertThat(approved.history().get(2).by()).isEqualTo("kepala");
        assertThat(approved.history().get(1).at()).isEqualTo(T.plusSeconds(60));
        assertThat(approved.needs()).isEqualTo(3);
    }

    @Test
    void nothing_is_verified_before_analysis_nor_approved_before_verification() {
        assertThatThrownBy(() -> collecting.verified("pyb", T)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> collecting.analysed("pyb", T, 1, 1).approved("kepala", T))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void the_one_who_verified_does_not_approve() {
        AgencyAnalysis verified = collecting.analysed("pyb", T, 1, 1).verified("pyb", T);

        assertThatThrownBy(() -> verified.approved("pyb", T)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("someone else");
    }

    @Test
    void a_new_run_after_approval_needs_verifying_and_approving_again() {
        AgencyAnalysis rerun = collecting.analysed("pyb", T, 1, 1).verified("pyb", T).approved("kepala", T)
                .analysed("pyb", T, 2, 2);

        assertThat(rerun.status()).isEqualTo(AkpkStatus.ANALYSED);
        assertThatThrownBy(() -> rerun.approved("kepala", T)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void late_means_past_the_deadline_and_not_approved() {
        LocalDate deadline = LocalDate.of(2026, 3, 31);

        assertThat(collecting.isLateOn(deadline)).isFalse();
        assertThat(collecting.isLateOn(deadline.plusDays(1))).isTrue();
        assertThat(collecting.analysed("a", T, 0, 0).verified("a", T).approved("b", T)
                .isLateOn(deadline.plusDays(1))).isFalse();
    }
}
