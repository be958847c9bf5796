package id.latih.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PoolingTest {

    @Test
    void thirty_seats_for_25_12_and_8_staff_give_17_8_and_5() {
        // exact shares 30 x 25/45 = 16.67, 30 x 12/45 = 8.00, 30 x 8/45 = 5.33: whole parts 16 + 8 + 5 = 29,
        // the one seat left goes to the largest remainder (0.67)
        List<Quota> quotas = SeatShares.proportional(30, Map.of("3273.DINKES", 25, "3273.DISDIK", 12,
                "3273.DINSOS", 8));

        assertThat(quotas).containsExactly(new Quota("3273.DINKES", 17), new Quota("3273.DINSOS", 5),
                new Quota("3273.DISDIK", 8));
    }

    @Test
    void equal_remainders_go_to_the_agency_with_more_staff_then_by_code() {
        // 7 seats, 4 and 3 staff: 4.00 and 3.00 exactly
        assertThat(SeatShares.proportional(7, Map.of("3273.A", 4, "3273.B", 3)))
                .containsExactly(new Quota("3273.A", 4), new Quota("3273.B", 3));
        // 5 seats, 3 and 3 staff: 2.5 each, the seat left goes to the first code
        assertThat(SeatShares.proportional(5, Map.of("3273.B", 3, "3273.A", 3)))
                .containsExactly(new Quota("3273.A", 3), new Quota("3273.B", 2));
    }

    @Test
    void an_agency_whose_share_rounds_to_no_seat_gets_no_quota_and_the_seats_still_add_up() {
        // 30 x 100/101 = 29.70, 30 x 1/101 = 0.30: 29 + 0, the seat left to the larger remainder
        assertThat(SeatShares.proportional(30, Map.of("3273.DINKES", 100, "3273.DISDIK", 1)))
                .containsExactly(new Quota("3273.DINKES", 30));
        assertThat(SeatShares.proportional(0, Map.of("3273.DINKES", 3))).isEmpty();
        assertThat(SeatShares.proportional(10, Map.of())).isEmpty();
    }

    @Test
    void a_competency_needed_by_two_agencies_of_a_region_becomes_one_class_sized_to_its_staff() {
        List<Demand> demand = List.of(demand("3273.DINKES", "M.05", 6, 3), demand("3273.DISDIK", "M.05", 3, 4),
                demand("3273.DINKES", "M.01", 9, 3), demand("3204.DINKES", "M.05", 5, 3));

        List<PoolingProposal> proposals = PoolingProposal.propose(demand, 30);

        assertThat(proposals).hasSize(1);
        PoolingProposal pooled = proposals.get(0);
        assertThat(pooled.regionCode()).isEqualTo("3273");
        assertThat(pooled.affectedStaff()).isEqualTo(9);
        assertThat(pooled.capacity()).isEqualTo(9);
        assertThat(pooled.targetLevel()).isEqualTo(4);
        assertThat(pooled.quotas()).containsExactly(new Quota("3273.DINKES", 6), new Quota("3273.DISDIK", 3));
        assertThat(pooled.needIds()).hasSize(9);
    }

    @Test
    void a_class_smaller_than_the_demand_plans_for_as_many_needs_as_each_agency_has_seats() {
        // 40 + 20 staff, class of 30: 20 + 10 seats, so 20 and 10 of their needs
        List<PoolingProposal> proposals = PoolingProposal.propose(List.of(demand("3273.DINKES", "M.03", 40, 3),
                demand("3273.DISDIK", "M.03", 20, 3)), 30);

        PoolingProposal pooled = proposals.get(0);
        assertThat(pooled.capacity()).isEqualTo(30);
        assertThat(pooled.quotas()).containsExactly(new Quota("3273.DINKES", 20), new Quota("3273.DISDIK", 10));
        assertThat(pooled.needIds()).filteredOn(id -> id.startsWith("3273.DINKES")).hasSize(20);
        assertThat(pooled.needIds()).filteredOn(id -> id.startsWith("3273.DISDIK")).hasSize(10);
    }

    private static Demand demand(String agency, String competency, int staff, int level) {
        List<String> needIds = IntStream.range(0, staff).mapToObj(i -> agency + "-" + competency + "-" + i).toList();
        return new Demand(agency, competency, staff, 1.0, level, needIds);
    }
}
