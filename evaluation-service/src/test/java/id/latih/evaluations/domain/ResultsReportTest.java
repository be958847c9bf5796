package id.latih.evaluations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsReportTest {

    @Test
    void roi_is_net_benefit_over_costs_in_percent() {
        // Costs: 10,000,000 fixed + 20 x 1,500,000 = 40,000,000. Benefits 50,000,000: (50 - 40) / 40 x 100 = 25 %.
        ResultsReport report = ResultsReport.of(new ProgramCosts(10_000_000, 1_500_000), 20, 50_000_000L,
                "waktu layanan berkurang");

        assertThat(report.totalCosts()).isEqualTo(40_000_000);
        assertThat(report.roiPercent()).isEqualTo(25.0);
    }

    @Test
    void benefits_below_costs_give_a_negative_roi_and_equal_ones_zero() {
        assertThat(ResultsReport.of(new ProgramCosts(0, 1_000_000), 10, 5_000_000L, null).roiPercent())
                .isEqualTo(-50.0);
        assertThat(ResultsReport.of(new ProgramCosts(0, 1_000_000), 10, 10_000_000L, null).roiPercent()).isZero();
    }

    @Test
    void without_benefits_or_without_costs_there_is_no_roi() {
        assertThat(ResultsReport.of(new ProgramCosts(10_000_000, 0), 5, null, null).roiPercent()).isNull();
        assertThat(ResultsReport.of(ProgramCosts.NONE, 5, 1_000_000L, null).roiPercent()).isNull();
        assertThat(ResultsReport.of(new ProgramCosts(0, 1_000_000), 0, 1_000_000L, null).roiPercent()).isNull();
    }

    @Test
    void one_participant_costs_the_fixed_part_and_one_share() {
        // 2,000,000 + 1 x 500,000 = 2,500,000; benefits 3,000,000: 500,000 / 2,500,000 x 100 = 20 %.
        ResultsReport report = ResultsReport.of(new ProgramCosts(2_000_000, 500_000), 1, 3_000_000L, null);

        assertThat(report.totalCosts()).isEqualTo(2_500_000);
        assertThat(report.roiPercent()).isEqualTo(20.0);
    }
}
