package id.latih.gateway.stream;

import static id.latih.gateway.stream.Events.BUDI;
import static id.latih.gateway.stream.Events.SITI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class StreamAudienceTest {

    private final StreamEvent sitiEnrolled = Records.streamEvent(Events.enrollmentConfirmed("3273.DINKES", SITI));
    private final StreamEvent budiEnrolled = Records.streamEvent(Events.enrollmentConfirmed("3273.DINKES", BUDI));
    private final StreamEvent bogorEnrolled = Records.streamEvent(Events.enrollmentConfirmed("3201.DINKES", SITI));
    private final StreamEvent disdikEnrolled = Records.streamEvent(Events.enrollmentConfirmed("3273.DISDIK", SITI));
    private final StreamEvent bkpsdmProgram = Records.streamEvent(Events.programPublished("3273.BKPSDM", "Etika"));

    @Test
    void an_agency_sees_its_own_events_in_full_and_nothing_of_another_agency() {
        StreamAudience dinkes = audience(scope("3273.DINKES", null, Role.AGENCY_ADMIN, Role.INTEGRATION));

        assertThat(dinkes.view(sitiEnrolled)).isEqualTo(sitiEnrolled.full()).contains(SITI);
        assertThat(dinkes.view(disdikEnrolled)).isNull();
        assertThat(dinkes.view(bogorEnrolled)).isNull();
        assertThat(dinkes.view(bkpsdmProgram)).isNull();
    }

    @Test
    void a_region_sees_its_agencies_without_naming_their_people_and_its_own_agency_in_full() {
        StreamAudience bkpsdm = audience(scope("3273.BKPSDM", null, Role.PROGRAM_DESIGNER, Role.REGION_ANALYST));

        assertThat(bkpsdm.view(sitiEnrolled)).isEqualTo(sitiEnrolled.redacted()).doesNotContain(SITI);
        assertThat(bkpsdm.view(disdikEnrolled)).isEqualTo(disdikEnrolled.redacted());
        assertThat(bkpsdm.view(bkpsdmProgram)).isEqualTo(bkpsdmProgram.full());
        assertThat(bkpsdm.view(bogorEnrolled)).isNull();
    }

    @Test
    void a_province_sees_every_agency_of_the_province_without_names() {
        StreamAudience jabar = audience(scope("32.BPSDM", null, Role.PROVINCE_ANALYST));

        assertThat(jabar.view(bogorEnrolled)).isEqualTo(bogorEnrolled.redacted()).doesNotContain(SITI);
        assertThat(jabar.view(sitiEnrolled)).isEqualTo(sitiEnrolled.redacted());
        StreamEvent jakarta = Records.streamEvent(Events.enrollmentConfirmed("3171.DINKES", SITI));
        assertThat(jabar.view(jakarta)).isNull();
    }

    @Test
    void an_employee_sees_only_events_about_themselves() {
        StreamAudience siti = audience(scope("3273.DINKES", SITI, Role.EMPLOYEE));

        assertThat(siti.view(sitiEnrolled)).isEqualTo(sitiEnrolled.full());
        assertThat(siti.view(budiEnrolled)).isNull();
        assertThat(siti.view(disdikEnrolled)).as("the same NIP in another agency's event").isNull();
        assertThat(siti.view(Records.streamEvent(Events.programPublished("3273.DINKES", "Etika")))).isNull();
    }

    @Test
    void a_supervisor_sees_only_their_own_events_as_the_gateway_does_not_know_their_staff() {
        StreamAudience budi = audience(scope("3273.DINKES", BUDI, Role.SUPERVISOR, Role.EMPLOYEE));

        assertThat(budi.view(budiEnrolled)).isEqualTo(budiEnrolled.full());
        assertThat(budi.view(sitiEnrolled)).isNull();
    }

    @Test
    void only_the_types_asked_for_are_sent() {
        AgencyScope dinkes = scope("3273.DINKES", null, Role.AGENCY_ADMIN);
        StreamAudience programsOnly = new StreamAudience(dinkes, Set.of("latih.programs.ProgramPublished.v1"));
        StreamEvent program = Records.streamEvent(Events.programPublished("3273.DINKES", "Etika"));

        assertThat(programsOnly.view(program)).isEqualTo(program.full());
        assertThat(programsOnly.view(sitiEnrolled)).isNull();
    }

    @Test
    void a_caller_with_no_reading_role_gets_no_stream() {
        assertThatThrownBy(() -> audience(scope("32.BPSDM", null, Role.PLATFORM_OPERATOR)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static StreamAudience audience(AgencyScope scope) {
        return new StreamAudience(scope, Set.of());
    }

    private static AgencyScope scope(String agency, String nip, Role... roles) {
        String region = agency.substring(0, agency.indexOf('.'));
        return new AgencyScope("test", agency, region.length() == 4 ? region : null, region.substring(0, 2),
                Set.of(roles), nip);
    }
}
