package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerformanceRatingTest {

    @Test
    void baik_and_better_are_no_gap_and_each_step_below_is_one_more() {
        assertThat(PerformanceRating.SANGAT_BAIK.performanceGap()).isZero();
        assertThat(PerformanceRating.BAIK.performanceGap()).isZero();
        assertThat(PerformanceRating.BUTUH_PERBAIKAN.performanceGap()).isEqualTo(1);
        assertThat(PerformanceRating.KURANG.performanceGap()).isEqualTo(2);
        assertThat(PerformanceRating.SANGAT_KURANG.performanceGap()).isEqualTo(3);
    }

    @Test
    void a_second_rating_of_a_year_corrects_the_first() {
        Employee employee = Employee.register(Nip.parse("198503152010012001", EmploymentType.PNS), "3273.DINKES",
                "Siti", EmploymentType.PNS, JobType.PELAKSANA, "Perawat", null);

        Employee corrected = employee.withPerformanceRating(2025, PerformanceRating.KURANG)
                .withPerformanceRating(2024, PerformanceRating.BAIK)
                .withPerformanceRating(2025, PerformanceRating.BUTUH_PERBAIKAN);

        assertThat(corrected.performanceRatings()).hasSize(2).containsEntry(2025, PerformanceRating.BUTUH_PERBAIKAN);
    }
}
