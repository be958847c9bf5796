package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A transferred employee leaves the releasing agency's needs: the rest is re-prioritised and announced again. */
class AgencyNeedReleaseTest {

    private static final String KURANG_STAFF = "198503152010011001";
    private static final String OTHER_STAFF = "198503152010011002";
    private static final PriorityRule RULE = new PriorityRule(0.25, 5);
    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void an_announced_need_loses_the_employee_and_is_announced_again_with_the_priority_of_those_who_remain() {
        // Before: gaps 2 (Kurang, x1.5 = 3) and 1, one weak unit: 3 + 1 + 5 = 9.
        AgencyNeed need = aNeed(NeedStatus.IDENTIFIED, 1);
        assertThat(need.priority()).isEqualTo(9.0);

        StaffRelease release = need.releasing(KURANG_STAFF, RULE, NOW, 100);

        // After: gap 1 and the weak unit: 1 + 5 = 6.
        assertThat(release).isInstanceOfSatisfying(StaffRelease.Released.class, released -> {
            assertThat(released.need().staff()).extracting(StaffGap::nip).containsExactly(OTHER_STAFF);
            assertThat(released.need().priority()).isEqualTo(6.0);
            assertThat(released.need().status()).isEqualTo(NeedStatus.IDENTIFIED);
            assertThat(released.need().version()).isEqualTo(2);
            assertThat(released.need().publishedFingerprint()).isEqualTo(released.need().fingerprint());
            assertThat(released.need().addressedNips()).isEmpty();
            assertThat(released.event()).isInstanceOfSatisfying(NeedIdentified.class, event -> {
                assertThat(event.affectedNips()).containsExactly(OTHER_STAFF);
                assertThat(event.staffAffected()).isEqualTo(1);
                assertThat(event.meanGap()).isEqualTo(1.0);
                assertThat(event.priority()).isEqualTo(6.0);
                assertThat(event.version()).isEqualTo(2);
            });
        });
    }

    @Test
    void an_announced_need_whose_last_employee_leaves_is_withdrawn() {
        AgencyNeed alone = aNeed(NeedStatus.ADDRESSED, 3).releasing(OTHER_STAFF, RULE, NOW, 100) instanceof
                StaffRelease.Released first ? first.need() : null;

        StaffRelease release = alone.releasing(KURANG_STAFF, RULE, NOW, 100);

        assertThat(release).isInstanceOfSatisfying(StaffRelease.Released.class, released -> {
            assertThat(released.need().staff()).isEmpty();
            assertThat(released.need().status()).isEqualTo(NeedStatus.WITHDRAWN);
            assertThat(released.need().version()).isEqualTo(5);
            assertThat(released.event()).isInstanceOfSatisfying(NeedStatusChanged.class, event -> {
                assertThat(event.fromStatus()).isEqualTo("ADDRESSED");
                assertThat(event.toStatus()).isEqualTo("WITHDRAWN");
                assertThat(event.version()).isEqualTo(5);
            });
        });
    }

    @Test
    void a_proposal_changes_silently_and_one_left_without_staff_is_withdrawn_silently() {
        StaffRelease narrowed = aNeed(NeedStatus.PROPOSED, 0).releasing(KURANG_STAFF, RULE, NOW, 100);

        assertThat(narrowed).isInstanceOfSatisfying(StaffRelease.Released.class, released -> {
            assertThat(released.event()).isNull();
            assertThat(released.need().priority()).isEqualTo(6.0);
            assertThat(released.need().version()).isZero();
            StaffRelease emptied = released.need().releasing(OTHER_STAFF, RULE, NOW, 100);
            assertThat(emptied).isInstanceOfSatisfying(StaffRelease.Released.class, last -> {
                assertThat(last.event()).isNull();
                assertThat(last.need().status()).isEqualTo(NeedStatus.WITHDRAWN);
                assertThat(last.need().supported()).isFalse();
                assertThat(last.need().version()).isZero();
            });
        });
    }

    @Test
    void a_closed_need_or_one_without_the_employee_is_unaffected() {
        assertThat(aNeed(NeedStatus.RESOLVED, 2).releasing(KURANG_STAFF, RULE, NOW, 100))
                .isInstanceOf(StaffRelease.Unaffected.class);
        assertThat(aNeed(NeedStatus.WITHDRAWN, 2).releasing(KURANG_STAFF, RULE, NOW, 100))
                .isInstanceOf(StaffRelease.Unaffected.class);
        assertThat(aNeed(NeedStatus.IDENTIFIED, 1).releasing("199001012015011003", RULE, NOW, 100))
                .isInstanceOf(StaffRelease.Unaffected.class);
    }

    @Test
    void the_employee_leaves_the_addressed_part_too() {
        AgencyNeed need = new AgencyNeed("N-2026-3273.DINKES-M.05", "3273.DINKES", 2026, "M.05",
                CompetencyKind.MANAJERIAL, staff(), 1, List.of("COMPETENCY_GAP: 2 staff below their position's standard"),
                9.0, NeedStatus.IDENTIFIED, 1, true, "f", 4, Set.of(KURANG_STAFF, OTHER_STAFF));

        StaffRelease release = need.releasing(KURANG_STAFF, RULE, NOW, 100);

        assertThat(((StaffRelease.Released) release).need().addressedNips()).containsExactly(OTHER_STAFF);
    }

    private static AgencyNeed aNeed(NeedStatus status, long version) {
        return new AgencyNeed("N-2026-3273.DINKES-M.05", "3273.DINKES", 2026, "M.05", CompetencyKind.MANAJERIAL,
                staff(), 1, List.of("COMPETENCY_GAP: 2 staff below their position's standard"), 9.0, status, version,
                true, version > 0 ? "f" : null, 7, Set.of());
    }

    private static List<StaffGap> staff() {
        return List.of(new StaffGap(KURANG_STAFF, 1, 3, 2), new StaffGap(OTHER_STAFF, 2, 3, 0));
    }
}
