package id.latih.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramLifecycleTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private static final LocalDate START = LocalDate.of(2026, 5, 4);

    @Test
    void a_revision_counts_up_the_revision_and_the_version_and_carries_the_whole_program() {
        Program revised = aPublishedProgram().revise(plan(40, START), 12, TODAY, WIB);

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.revised(Instant.now())).satisfies(e -> {
            assertThat(e.capacity()).isEqualTo(40);
            assertThat(e.revision()).isEqualTo(2);
            assertThat(e.competencyCode()).isEqualTo("M.05");
            assertThat(e.design().seatQuotas()).hasSize(2);
        });
    }

    @Test
    void capacity_may_drop_to_the_confirmed_seats_but_not_below() {
        Program program = aPublishedProgram();

        assertThat(program.revise(plan(12, START), 12, TODAY, WIB).capacity()).isEqualTo(12);
        assertThatThrownBy(() -> program.revise(plan(11, START), 12, TODAY, WIB))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("capacity");
                    assertThat(e.getMessage()).contains("12 seats already confirmed");
                });
    }

    @Test
    void a_revision_keeps_quotas_within_the_new_capacity() {
        // quotas 5 + 5 = 10 seats: a capacity of 9 cannot hold them
        assertThatThrownBy(() -> aPublishedProgram().revise(plan(9, START), 0, TODAY, WIB))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("seatQuotas"));
    }

    @Test
    void a_program_that_started_keeps_its_start_but_may_not_move_it_into_the_past() {
        Program program = aPublishedProgram();
        LocalDate duringTheProgram = START.plusDays(1);

        assertThat(program.revise(plan(30, START), 0, duringTheProgram, WIB).startDate()).isEqualTo(START);
        assertThatThrownBy(() -> program.revise(plan(30, START.minusDays(1)), 0, duringTheProgram, WIB))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
    }

    @Test
    void a_cancelled_program_is_neither_revised_nor_closed_nor_cancelled_again() {
        Program cancelled = aPublishedProgram().cancel();

        assertThat(cancelled.status()).isEqualTo(ProgramStatus.CANCELLED);
        assertThat(cancelled.version()).isEqualTo(2);
        assertThatThrownBy(() -> cancelled.revise(plan(30, START), 0, TODAY, WIB))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo("program-not-open"));
        assertThatThrownBy(() -> cancelled.close(START.plusDays(5))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(cancelled::cancel).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_program_closes_from_its_last_day_on() {
        Program program = aPublishedProgram();
        LocalDate lastDay = START.plusDays(2);

        assertThatThrownBy(() -> program.close(lastDay.minusDays(1)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo("program-not-ended"));
        assertThat(program.close(lastDay).status()).isEqualTo(ProgramStatus.CLOSED);
        assertThat(program.close(lastDay).closed(Instant.now()).version()).isEqualTo(2);
    }

    @Test
    void a_draft_is_edited_without_a_revision_and_published_as_revision_1_with_the_next_version() {
        Program draft = Program.draft("3273.BKPSDM", plan(30, START), TODAY, WIB);
        Program edited = draft.editDraft(plan(40, START), TODAY, WIB);

        assertThat(draft.status()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(edited.id()).isEqualTo(draft.id());
        assertThat(edited.revision()).isZero();
        assertThat(edited.version()).isEqualTo(2);
        Program published = edited.publishDraft(TODAY, WIB);
        assertThat(published.status()).isEqualTo(ProgramStatus.PUBLISHED);
        assertThat(published.capacity()).isEqualTo(40);
        assertThat(published.published(Instant.now())).satisfies(e -> {
            assertThat(e.revision()).isEqualTo(1);
            assertThat(e.version()).isEqualTo(3);
        });
        assertThatThrownBy(() -> published.editDraft(plan(30, START), TODAY, WIB))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo("program-not-draft"));
        assertThatThrownBy(() -> published.publishDraft(TODAY, WIB)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_draft_is_not_revised_or_closed_but_may_be_dropped() {
        Program draft = Program.draft("3273.BKPSDM", plan(30, START), TODAY, WIB);

        assertThatThrownBy(() -> draft.revise(plan(30, START), 0, TODAY, WIB))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo("program-not-open"));
        assertThatThrownBy(() -> draft.close(START.plusDays(5))).isInstanceOf(RuleViolationException.class);
        assertThat(draft.cancel().status()).isEqualTo(ProgramStatus.CANCELLED);
    }

    @Test
    void a_draft_whose_start_date_has_passed_is_not_published() {
        Program draft = Program.draft("3273.BKPSDM", plan(30, START), TODAY, WIB);

        assertThatThrownBy(() -> draft.publishDraft(START.plusDays(1), WIB))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
    }

    @Test
    void a_published_program_runs_from_its_first_day_and_a_draft_never_does() {
        Program program = aPublishedProgram();

        assertThat(program.statusOn(START.minusDays(1))).isEqualTo(ProgramStatus.PUBLISHED);
        assertThat(program.statusOn(START)).isEqualTo(ProgramStatus.RUNNING);
        assertThat(program.statusOn(START.plusDays(30))).isEqualTo(ProgramStatus.RUNNING);
        assertThat(program.close(START.plusDays(2)).statusOn(START.plusDays(2))).isEqualTo(ProgramStatus.CLOSED);
        assertThat(Program.draft("3273.BKPSDM", plan(30, START), TODAY, WIB).statusOn(START))
                .isEqualTo(ProgramStatus.DRAFT);
    }

    private static Program aPublishedProgram() {
        return Program.publish("3273.BKPSDM", plan(30, START), TODAY, WIB);
    }

    private static ProgramPlan plan(int capacity, LocalDate start) {
        Design design = DesignTest.aDesign(List.of(),
                List.of(new Quota("3273.DINKES", 5), new Quota("3273.DISDIK", 5)));
        return new ProgramPlan("Pelayanan Prima", "M.05", LearningRoute.KLASIKAL, LearningMethod.WORKSHOP, 24,
                capacity, start, START.plusDays(2), List.of(), design);
    }
}
