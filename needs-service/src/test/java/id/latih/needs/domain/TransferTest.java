package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransferTest {

    private static final Nip NIP = new Nip("198503152010012001");
    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private final Employee held = new Employee(NIP, "3273.DINKES", "Siti", EmploymentType.PNS, JobType.PELAKSANA,
            "Staf", new Nip("197801012005011001"), List.of(new Assessment("M.05", 2, 3, "ASSESSMENT_CENTER",
            LocalDate.of(2026, 1, 5))), 4, Map.of(2025, PerformanceRating.BAIK));
    private final Transfer.Profile profile = new Transfer.Profile("Siti Rahma", EmploymentType.PNS,
            JobType.PENGAWAS, "Kepala Seksi", null);

    @Test
    void an_approved_transfer_moves_the_employee_with_the_new_profile_and_every_piece_of_evidence() {
        Employee moved = Transfer.request(held, "3201.DINKES", profile, "bogor", NOW).applyTo(held);

        assertThat(moved.agencyCode()).isEqualTo("3201.DINKES");
        assertThat(moved.positionTitle()).isEqualTo("Kepala Seksi");
        assertThat(moved.supervisorNip()).isNull();
        assertThat(moved.version()).isEqualTo(5);
        assertThat(moved.assessments()).isEqualTo(held.assessments());
        assertThat(moved.performanceRatings()).isEqualTo(held.performanceRatings());
    }

    @Test
    void the_agency_that_holds_the_nip_cannot_request_it_and_a_moved_employee_is_not_moved_again() {
        assertThatThrownBy(() -> Transfer.request(held, "3273.DINKES", profile, "x", NOW))
                .isInstanceOf(RuleViolationException.class);
        Transfer transfer = Transfer.request(held, "3201.DINKES", profile, "bogor", NOW);
        Employee moved = transfer.applyTo(held);

        assertThatThrownBy(() -> transfer.applyTo(moved)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void the_new_profile_is_checked_like_a_registration() {
        assertThatThrownBy(() -> Transfer.request(held, "3201.DINKES", new Transfer.Profile("Siti",
                EmploymentType.PNS, JobType.PENGAWAS, "Staf", NIP), "bogor", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("supervise themselves");
    }

    @Test
    void a_decision_keeps_who_requested_and_who_decided_and_when() {
        Transfer.Decision decision = Transfer.request(held, "3201.DINKES", profile, "bogor", NOW)
                .decided(true, "bandung", NOW.plusSeconds(60));

        assertThat(decision).isEqualTo(new Transfer.Decision("3273.DINKES", "3201.DINKES", true, "bogor", NOW,
                "bandung", NOW.plusSeconds(60)));
    }
}
