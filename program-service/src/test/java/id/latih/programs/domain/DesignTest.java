package id.latih.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
    private static final LocalDate MAY_6 = LocalDate.of(2026, 5, 6);

    @Test
    void quotas_that_fill_the_capacity_exactly_are_accepted() {
        Design design = aDesign(List.of(), List.of(new Quota("3273.DINKES", 12), new Quota("3273.DISDIK", 18)));

        assertThat(design.checked(30, MAY_4, MAY_6, WIB).reservedSeats()).isEqualTo(30);
    }

    @Test
    void quotas_summing_over_the_capacity_are_refused() {
        Design design = aDesign(List.of(), List.of(new Quota("3273.DINKES", 12), new Quota("3273.DISDIK", 19)));

        assertThatThrownBy(() -> design.checked(30, MAY_4, MAY_6, WIB))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("seatQuotas");
                    assertThat(e.getMessage()).contains("31").contains("30");
                });
    }

    @Test
    void two_quotas_for_one_agency_are_refused() {
        Design design = aDesign(List.of(), List.of(new Quota("3273.DINKES", 5), new Quota("3273.DINKES", 5)));

        assertThatThrownBy(() -> design.checked(30, MAY_4, MAY_6, WIB))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("seatQuotas[1].agencyCode"));
    }

    @Test
    void a_session_ending_before_it_starts_is_refused_by_its_position() {
        Session ok = session("2026-05-04T08:00:00+07:00", "2026-05-04T12:00:00+07:00");
        Session backwards = session("2026-05-05T12:00:00+07:00", "2026-05-05T08:00:00+07:00");

        assertThatThrownBy(() -> aDesign(List.of(ok, backwards), List.of()).checked(30, MAY_4, MAY_6, WIB))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("sessions[1].endsAt"));
    }

    @Test
    void a_session_is_dated_in_the_agencies_time_zone() {
        // 4 May 00:30 in Jakarta is still 3 May in UTC: inside the program's dates for the agency.
        Session earlyMorning = session("2026-05-04T00:30:00+07:00", "2026-05-04T02:00:00+07:00");
        Session dayBefore = session("2026-05-03T23:00:00+07:00", "2026-05-04T01:00:00+07:00");

        assertThat(aDesign(List.of(earlyMorning), List.of()).checked(30, MAY_4, MAY_6, WIB).sessions()).hasSize(1);
        assertThatThrownBy(() -> aDesign(List.of(dayBefore), List.of()).checked(30, MAY_4, MAY_6, WIB))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("sessions[0].startsAt"));
    }

    @Test
    void a_session_without_place_or_link_is_refused() {
        Session nowhere = new Session("S-1", Instant.parse("2026-05-04T01:00:00Z"),
                Instant.parse("2026-05-04T03:00:00Z"), " ", null, "Dr. Rina");

        assertThatThrownBy(() -> aDesign(List.of(nowhere), List.of()).checked(30, MAY_4, MAY_6, WIB))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("sessions[0].place"));
    }

    @Test
    void sessions_that_only_touch_do_not_overlap() {
        Session morning = session("2026-05-04T08:00:00+07:00", "2026-05-04T12:00:00+07:00");
        Session afternoon = session("2026-05-04T12:00:00+07:00", "2026-05-04T15:00:00+07:00");
        Session lunchInside = session("2026-05-04T11:00:00+07:00", "2026-05-04T13:00:00+07:00");

        assertThat(morning.overlaps(afternoon)).isFalse();
        assertThat(morning.overlaps(lunchInside)).isTrue();
        assertThat(lunchInside.overlaps(afternoon)).isTrue();
    }

    @Test
    void one_facilitator_in_two_overlapping_sessions_of_a_program_is_refused_but_back_to_back_is_fine() {
        Session morning = session("2026-05-04T08:00:00+07:00", "2026-05-04T12:00:00+07:00");
        Session afternoon = session("2026-05-04T12:00:00+07:00", "2026-05-04T15:00:00+07:00");
        Session overlapping = new Session("S-3", afternoon.startsAt().minusSeconds(3600), afternoon.endsAt(),
                null, "https://meet.example.id/x", morning.facilitator());

        assertThat(aDesign(List.of(morning, afternoon), List.of()).checked(30, MAY_4, MAY_6, WIB).sessions())
                .hasSize(2);
        assertThatThrownBy(() -> aDesign(List.of(morning, afternoon, overlapping), List.of())
                .checked(30, MAY_4, MAY_6, WIB))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("sessions[2].facilitator"));
    }

    @Test
    void the_planned_cost_is_fixed_costs_plus_cost_per_participant() {
        assertThat(new Budget(1_500_000, 10_000_000, FundingSource.APBD).costFor(30)).isEqualTo(55_000_000);
        assertThat(new Budget(1_500_000, 10_000_000, FundingSource.APBD).costFor(0)).isEqualTo(10_000_000);
    }

    static Session session(String start, String end) {
        return new Session("S-x", java.time.OffsetDateTime.parse(start).toInstant(),
                java.time.OffsetDateTime.parse(end).toInstant(), "Aula Balai Kota", null, "Dr. Rina");
    }

    static Design aDesign(List<Session> sessions, List<Quota> quotas) {
        return new Design("Melayani dengan prima", 45, List.of(new TargetLevel("M.05", 3)), sessions, quotas,
                new Eligibility(List.of(), List.of()), List.of(), false, new CompletionCriteria(80, 70),
                new EvaluationPlan(List.of(2, 1), 90), new Budget(1_500_000, 10_000_000, FundingSource.APBD));
    }
}
