package id.latih.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A curriculum's modules add up to the program's JP, each in a method of the program's route. */
class CurriculumTest {

    @Test
    void modules_of_8_plus_12_plus_4_jp_make_a_24_jp_program() {
        Design design = withModules(module(8, LearningMethod.WORKSHOP), module(12, LearningMethod.E_LEARNING),
                module(4, LearningMethod.COACHING));

        assertThat(design.curriculumChecked(24, LearningRoute.BLENDED).modules()).hasSize(3);
    }

    @Test
    void modules_that_add_up_to_more_or_less_than_the_program_are_refused_naming_the_totals() {
        Design design = withModules(module(8, LearningMethod.WORKSHOP), module(12, LearningMethod.WORKSHOP));

        assertThatThrownBy(() -> design.curriculumChecked(24, LearningRoute.KLASIKAL))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("modules");
                    assertThat(e.getMessage()).contains("20 JP").contains("24 JP");
                });
        assertThatThrownBy(() -> design.curriculumChecked(19, LearningRoute.KLASIKAL))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_module_outside_the_route_is_refused_but_a_blended_program_mixes_methods() {
        Design design = withModules(module(20, LearningMethod.WORKSHOP), module(4, LearningMethod.E_LEARNING));

        assertThatThrownBy(() -> design.curriculumChecked(24, LearningRoute.KLASIKAL))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("modules[1].method"));
        assertThat(design.curriculumChecked(24, LearningRoute.BLENDED).modules()).hasSize(2);
    }

    @Test
    void a_curriculum_that_is_not_itemised_is_allowed() {
        assertThat(withModules().curriculumChecked(24, LearningRoute.KLASIKAL).modules()).isEmpty();
    }

    @Test
    void modules_partners_and_positions_are_carried_in_the_event() {
        Design design = new Design(null, 45, List.of(), List.of(), List.of(),
                new Eligibility(List.of(), List.of(), List.of("Perawat Ahli Pertama")), List.of(), false,
                new CompletionCriteria(80, 0), new EvaluationPlan(List.of(1), 90),
                new Budget(0, 0, FundingSource.APBN), List.of(module(24, LearningMethod.CLASS)),
                List.of(new Partner("Universitas Padjadjaran", Partner.Kind.UNIVERSITY)));

        assertThat(design.toEvent()).satisfies(e -> {
            assertThat(e.modules()).singleElement().satisfies(m -> {
                assertThat(m.moduleId()).isEqualTo("M-1");
                assertThat(m.jp()).isEqualTo(24);
                assertThat(m.method()).isEqualTo("CLASS");
            });
            assertThat(e.partners()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo("UNIVERSITY"));
            assertThat(e.eligiblePositions()).containsExactly("Perawat Ahli Pertama");
            assertThat(e.fundingSource()).isEqualTo("APBN");
        });
    }

    private static CurriculumModule module(int jp, LearningMethod method) {
        return new CurriculumModule("M-1", "Modul " + jp, jp, method, "Dr. Rina");
    }

    private static Design withModules(CurriculumModule... modules) {
        return new Design(null, 45, List.of(), List.of(), List.of(), new Eligibility(List.of(), List.of()),
                List.of(), false, new CompletionCriteria(80, 0), new EvaluationPlan(List.of(1), 90),
                new Budget(0, 0, null), List.of(modules), List.of());
    }
}
