package id.latih.enrollments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);

    private static Offering withCapacity(int capacity, OfferingStatus status) {
        return new Offering("P-1", "3273.BKPSDM", "Pelayanan Prima", "M.05", 24, capacity, MONDAY,
                MONDAY.plusDays(3), status, Map.of(), Delivery.daily(), Eligibility.anyone());
    }

    @Test
    void the_free_seats_are_the_numbers_below_the_capacity_nobody_holds() {
        assertThat(withCapacity(5, OfferingStatus.OPEN).freeSeats(Offering.POOL, Set.of(0, 2, 3))).containsExactly(1, 4);
    }

    @Test
    void a_full_program_has_no_free_seat() {
        assertThat(withCapacity(3, OfferingStatus.OPEN).freeSeats(Offering.POOL, Set.of(0, 1, 2))).isEmpty();
    }

    @Test
    void after_the_capacity_was_lowered_from_5_to_3_four_seated_leave_no_free_seat_though_seat_1_is_empty() {
        Offering lowered = withCapacity(3, OfferingStatus.OPEN);
        Set<Integer> held = Set.of(0, 2, 3, 4);

        assertThat(lowered.freeSeats(Offering.POOL, held)).isEmpty();
        assertThat(lowered.overCapacity(held.size())).isEqualTo(1);
        assertThat(lowered.freeSeats(Offering.POOL, Set.of(0, 3, 4))).isEmpty();
        assertThat(lowered.freeSeats(Offering.POOL, Set.of(3, 4))).containsExactly(0);
        assertThat(lowered.freeSeats(Offering.POOL, Set.of(4))).containsExactly(0, 1);
    }

    @Test
    void a_cancelled_or_closed_program_gives_no_seat() {
        assertThat(withCapacity(5, OfferingStatus.CANCELLED).freeSeats(Offering.POOL, List.of())).isEmpty();
        assertThat(withCapacity(5, OfferingStatus.CLOSED).freeSeats(Offering.POOL, List.of())).isEmpty();
    }

    @Test
    void a_monday_to_thursday_program_schedules_four_sessions() {
        assertThat(withCapacity(5, OfferingStatus.OPEN).scheduledSessions()).isEqualTo(4);
    }

    @Test
    void with_quotas_of_3_and_2_in_a_program_of_8_each_agency_takes_from_its_own_block_and_the_rest_share_3() {
        Offering shared = new Offering("P-1", "3273.BKPSDM", "Pelayanan Prima", "M.05", 24, 8, MONDAY,
                MONDAY.plusDays(3), OfferingStatus.OPEN, Map.of("3273.DINKES", 3, "3273.DISDIK", 2), Delivery.daily(), Eligibility.anyone());

        assertThat(shared.seatBlockOf("3273.DINKES")).isEqualTo("3273.DINKES");
        assertThat(shared.seatBlockOf("3273.DISHUB")).isEqualTo(Offering.POOL);
        assertThat(shared.seatsIn("3273.DINKES")).isEqualTo(3);
        assertThat(shared.seatsIn("3273.DISDIK")).isEqualTo(2);
        assertThat(shared.seatsIn(Offering.POOL)).isEqualTo(3);
        assertThat(shared.freeSeats("3273.DINKES", Set.of(0, 1, 2))).isEmpty();
        assertThat(shared.freeSeats("3273.DISDIK", Set.of(1))).containsExactly(0);
        assertThat(shared.freeSeats(Offering.POOL, Set.of())).containsExactly(0, 1, 2);
    }

    @Test
    void quotas_that_fill_the_capacity_leave_no_pool() {
        Offering shared = new Offering("P-1", "3273.BKPSDM", "Pelayanan Prima", "M.05", 24, 5, MONDAY,
                MONDAY.plusDays(3), OfferingStatus.OPEN, Map.of("3273.DINKES", 3, "3273.DISDIK", 2), Delivery.daily(), Eligibility.anyone());

        assertThat(shared.freeSeats(Offering.POOL, Set.of())).isEmpty();
    }
}
