package id.latih.needs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class EmployeeTest {

    private final Nip siti = Nip.parse("198503152010012001", EmploymentType.PNS);
    private final Nip kasi = Nip.parse("197801012005011002", EmploymentType.PNS);
    private final Employee employee = Employee.register(siti, "3273.DINKES", "Siti", EmploymentType.PNS,
            JobType.PELAKSANA, "Pengadministrasi Umum", null);

    @Test
    void a_changed_profile_is_one_version_newer_and_its_event_says_so() {
        Employee updated = employee.updatedTo("Siti", EmploymentType.PNS, JobType.PENGAWAS, "Kepala Subbagian", kasi);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updated(java.time.Instant.EPOCH).supervisorNip()).isEqualTo(kasi.value());
        assertThat(updated.updated(java.time.Instant.EPOCH).version()).isEqualTo(2);
    }

    @Test
    void the_same_profile_again_is_no_change() {
        assertThat(employee.updatedTo("Siti", EmploymentType.PNS, JobType.PELAKSANA, "Pengadministrasi Umum", null))
                .isSameAs(employee);
    }

    @Test
    void an_employee_cannot_become_their_own_supervisor() {
        assertThatThrownBy(() -> employee.updatedTo("Siti", EmploymentType.PNS, JobType.PELAKSANA, "X", siti))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("supervisorNip"));
    }

    @Test
    void a_pppk_number_that_does_not_parse_as_a_nip_cannot_become_pns() {
        Employee pppk = Employee.register(Nip.parse("200001012023210001", EmploymentType.PPPK), "3273.DINKES",
                "Budi", EmploymentType.PPPK, JobType.PELAKSANA, "Perawat", null);

        assertThatThrownBy(() -> pppk.updatedTo("Budi", EmploymentType.PNS, JobType.PELAKSANA, "Perawat", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("nip"));
    }
}
