package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.NeedStatusChanged;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NeedTest {

    private final Need identified = new Need(Need.idFor("198503152010011001", "M.05", 2026), "3273.DINKES",
            "198503152010011001", "M.05", CompetencyKind.MANAJERIAL, 2, 3, 2026, NeedStatus.IDENTIFIED,
            "COMPETENCY_GAP:SUPERVISOR", 1);

    @Test
    void a_new_need_is_announced_as_its_first_version() {
        assertThat(identified.identified(Instant.now()).version()).isEqualTo(1);
    }

    @Test
    void addressing_a_need_announces_its_next_version_and_the_move_from_its_status() {
        NeedStatusChanged addressed = identified.addressed("training completed", Instant.now());

        assertThat(addressed.version()).isEqualTo(2);
        assertThat(addressed.fromStatus()).isEqualTo("IDENTIFIED");
        assertThat(addressed.toStatus()).isEqualTo("ADDRESSED");
    }

    @Test
    void the_required_level_seen_on_the_job_meets_an_open_need_and_a_lower_one_does_not() {
        assertThat(identified.isMetBy(3)).isTrue();
        assertThat(identified.isMetBy(5)).isTrue();
        assertThat(identified.isMetBy(2)).isFalse();
    }

    @Test
    void a_resolved_or_dropped_need_is_not_met_again() {
        Need resolved = new Need(identified.id(), "3273.DINKES", "198503152010011001", "M.05",
                CompetencyKind.MANAJERIAL, 2, 3, 2026, NeedStatus.RESOLVED, "COMPETENCY_GAP:SUPERVISOR", 2);

        assertThat(resolved.isMetBy(3)).isFalse();
    }

    @Test
    void resolving_announces_the_next_version() {
        NeedStatusChanged changed = identified.resolved("level 3 observed", Instant.now());

        assertThat(changed.toStatus()).isEqualTo("RESOLVED");
        assertThat(changed.fromStatus()).isEqualTo("IDENTIFIED");
        assertThat(changed.version()).isEqualTo(2);
    }

    @Test
    void a_follow_up_need_keeps_the_gap_links_the_original_and_is_one_per_year() {
        Need followUp = Need.followUpOf(identified, 2027, "low transfer: behaviour rated 1 of 4");

        assertThat(followUp.id()).isEqualTo("N-2027-198503152010011001-M.05-FU")
                .isEqualTo(Need.followUpOf(identified, 2027, "another reason").id());
        assertThat(followUp.followUpOf()).isEqualTo(identified.id());
        assertThat(followUp.currentLevel()).isEqualTo(2);
        assertThat(followUp.requiredLevel()).isEqualTo(3);
        assertThat(followUp.status()).isEqualTo(NeedStatus.IDENTIFIED);
        assertThat(followUp.identified(Instant.now()).followUpOf()).isEqualTo(identified.id());
        assertThat(Need.followUpOf(identified, 2027, "x".repeat(500)).source()).hasSize("FOLLOW_UP:".length() + 200);
    }
}
