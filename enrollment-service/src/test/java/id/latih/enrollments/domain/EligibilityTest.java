package id.latih.enrollments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private final Eligibility forSupervisors = new Eligibility(List.of("PENGAWAS", "ADMINISTRATOR"),
            List.of("3273.DINKES", "3273.DISDIK"), List.of("P-DASAR"), false);

    @Test
    void an_employee_of_an_eligible_agency_and_job_type_with_the_prerequisite_may_enroll() {
        assertThat(forSupervisors.refusal("3273.DINKES", "PENGAWAS", Set.of("P-DASAR"))).isEmpty();
    }

    @Test
    void another_agency_is_refused_naming_the_agencies() {
        assertThat(forSupervisors.refusal("3273.DISHUB", "PENGAWAS", Set.of("P-DASAR")))
                .hasValueSatisfying(r -> assertThat(r).contains("3273.DINKES, 3273.DISDIK"));
    }

    @Test
    void another_job_type_is_refused_naming_it() {
        assertThat(forSupervisors.refusal("3273.DINKES", "PELAKSANA", Set.of("P-DASAR")))
                .hasValueSatisfying(r -> assertThat(r).contains("not PELAKSANA"));
    }

    @Test
    void a_missing_prerequisite_is_named() {
        assertThat(forSupervisors.refusal("3273.DINKES", "PENGAWAS", Set.of()))
                .hasValueSatisfying(r -> assertThat(r).contains("P-DASAR"));
    }

    @Test
    void without_rules_anyone_may_enroll() {
        assertThat(Eligibility.anyone().refusal("3273.DISHUB", null, Set.of())).isEmpty();
    }

    @Test
    void a_program_requiring_approval_is_enrolled_only_by_the_employees_supervisor() {
        Eligibility approved = new Eligibility(List.of(), List.of(), List.of(), true);

        assertThat(approved.refusal("3273.DINKES", "PELAKSANA", null, Set.of(), false))
                .hasValueSatisfying(r -> assertThat(r).contains("supervisor"));
        assertThat(approved.refusal("3273.DINKES", "PELAKSANA", null, Set.of(), true)).isEmpty();
    }

    @Test
    void a_program_for_some_positions_names_them_when_another_position_asks() {
        Eligibility forEpidemiologists = new Eligibility(List.of(), List.of(), List.of(), false,
                List.of("Epidemiolog Kesehatan Ahli Muda", "Kepala Seksi Surveilans"));

        assertThat(forEpidemiologists.refusal("3273.DINKES", "FUNGSIONAL", "kepala seksi surveilans ", Set.of(),
                false)).as("the position as profiles write it, case and spaces aside").isEmpty();
        assertThat(forEpidemiologists.refusal("3273.DINKES", "PELAKSANA", "Pengadministrasi Umum", Set.of(), false))
                .hasValueSatisfying(r -> assertThat(r).contains("Epidemiolog Kesehatan Ahli Muda")
                        .contains("not Pengadministrasi Umum"));
        assertThat(forEpidemiologists.refusal("3273.DINKES", "PELAKSANA", null, Set.of(), false))
                .as("a profile without a position is not in a list of positions").isPresent();
    }
}
