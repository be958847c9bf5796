package id.latih.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class AgencyScopeTest {

    private static final String SITI = "198503152010012001";
    private static final String BUDI = "198503152010011002";
    private static final String KABID = "197801012005011001";
    private static final Supervision KABID_LEADS_SITI = (agency, supervisor) ->
            "3273.DINKES".equals(agency) && KABID.equals(supervisor) ? Set.of(SITI) : Set.of();

    @Test
    void a_region_analyst_reads_every_agency_of_the_region_but_writes_only_to_its_own() {
        AgencyScope bkpsdm = scope("3273.BKPSDM", null, Role.PROGRAM_DESIGNER, Role.REGION_ANALYST, Role.INTEGRATION);

        assertThat(bkpsdm.canRead("3273.DINKES")).isTrue();
        assertThat(bkpsdm.canRead("3204.DINKES")).isFalse();
        assertThatThrownBy(() -> bkpsdm.requireWriteTo("3273.DINKES")).isInstanceOf(AccessDeniedException.class);
        assertThat(bkpsdm.requireWriteTo("3273.BKPSDM")).isSameAs(bkpsdm);
    }

    @Test
    void an_employee_reads_only_their_own_records() {
        AgencyScope siti = scope("3273.DINKES", SITI, Role.EMPLOYEE);

        assertThat(siti.reach()).isEqualTo(AgencyScope.Reach.SELF);
        assertThat(siti.canReadPerson("3273.DINKES", SITI, Supervision.UNKNOWN)).isTrue();
        assertThat(siti.canReadPerson("3273.DINKES", BUDI, Supervision.UNKNOWN)).isFalse();
    }

    @Test
    void a_supervisor_reads_their_staff_and_themselves_but_no_other_colleague() {
        AgencyScope kabid = scope("3273.DINKES", KABID, Role.SUPERVISOR);

        assertThat(kabid.canReadPerson("3273.DINKES", SITI, KABID_LEADS_SITI)).isTrue();
        assertThat(kabid.canReadPerson("3273.DINKES", KABID, KABID_LEADS_SITI)).isTrue();
        assertThat(kabid.canReadPerson("3273.DINKES", BUDI, KABID_LEADS_SITI)).isFalse();
    }

    @Test
    void an_agency_role_reads_every_person_of_its_agency_and_no_other_agency() {
        AgencyScope admin = scope("3273.DINKES", null, Role.AGENCY_ADMIN);

        assertThat(admin.canReadPerson("3273.DINKES", BUDI, Supervision.UNKNOWN)).isTrue();
        assertThat(admin.canReadPerson("3273.DISDIK", BUDI, Supervision.UNKNOWN)).isFalse();
    }

    @Test
    void a_caller_without_a_reading_role_reads_nothing() {
        AgencyScope operator = scope("32.BPSDM", null, Role.PLATFORM_OPERATOR);

        assertThat(operator.reach()).isEqualTo(AgencyScope.Reach.NONE);
        assertThatThrownBy(() -> operator.canRead("32.BPSDM")).isInstanceOf(AccessDeniedException.class);
    }

    private static AgencyScope scope(String agency, String nip, Role... roles) {
        String region = agency.substring(0, agency.indexOf('.'));
        Set<Role> held = EnumSet.noneOf(Role.class);
        held.addAll(Set.of(roles));
        return new AgencyScope("test", agency, region, region.substring(0, 2), held, nip);
    }
}
