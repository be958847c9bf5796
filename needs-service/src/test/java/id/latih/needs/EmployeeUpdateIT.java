package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EmployeeUpdated;
import id.latih.events.EventJson;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changing an employee's profile: announced once per real change, by the owning agency only. */
class EmployeeUpdateIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DINKES = "3273.DINKES";
    private final String admin = TestTokens.token(DINKES, "AGENCY_ADMIN");

    @Test
    void a_new_supervisor_and_position_are_announced_once_and_the_new_supervisor_reads_the_employee() {
        String kasi = registered();
        String nip = registered();
        Map<String, Object> promoted = profile("Pengawas Puskesmas", kasi);

        Response updated = http().put("/api/employees/" + nip, admin, promoted);
        http().put("/api/employees/" + nip, admin, promoted);

        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.body().get("positionTitle").asString()).isEqualTo("Pengawas Puskesmas");
        assertThat(http().get("/api/employees/" + nip, TestTokens.personToken(DINKES, kasi, "SUPERVISOR")).status())
                .isEqualTo(200);
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            EmployeeUpdated event = EventJson.read(tap.await(r -> nip.equals(EventTap.header(r, "ce_subject"))
                    && "latih.needs.EmployeeUpdated.v1".equals(EventTap.header(r, "ce_type")), 1, WAIT).get(0)
                    .value(), EmployeeUpdated.class);
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.supervisorNip()).isEqualTo(kasi);
            assertThat(event.jobType()).isEqualTo("PENGAWAS");
            await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> tap.seen().stream().filter(r ->
                    nip.equals(EventTap.header(r, "ce_subject"))
                            && "latih.needs.EmployeeUpdated.v1".equals(EventTap.header(r, "ce_type"))).count() == 1);
        }
    }

    @Test
    void another_agency_does_not_find_the_employee_and_an_analyst_may_not_change_them() {
        String nip = registered();

        assertThat(http().put("/api/employees/" + nip, TestTokens.token("3201.DINKES", "AGENCY_ADMIN"),
                profile("Kepala", null)).status()).isEqualTo(404);
        assertThat(http().put("/api/employees/" + nip, TestTokens.token("3273.BKPSDM", "REGION_ANALYST"),
                profile("Kepala", null)).status()).isEqualTo(403);
        assertThat(http().put("/api/employees/" + nip, TestTokens.employeeToken(DINKES, nip),
                profile("Kepala", null)).status()).isEqualTo(403);
        assertThat(http().get("/api/employees/" + nip, admin).body().get("positionTitle").asString())
                .isEqualTo("Pengadministrasi Umum");
    }

    @Test
    void an_employee_as_their_own_supervisor_is_refused_naming_the_field_and_nothing_changes() {
        String nip = registered();

        Response refused = http().put("/api/employees/" + nip, admin, profile("Kepala", nip));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("supervisorNip");
        assertThat(http().get("/api/employees/" + nip, admin).body().get("positionTitle").asString())
                .isEqualTo("Pengadministrasi Umum");
    }

    @Test
    void a_work_unit_is_registered_kept_by_an_update_that_leaves_it_out_and_changed_by_one_that_names_another() {
        String nip = TestNips.unique("198503152010012");
        Response created = http().post("/api/employees", admin, Map.of("nip", nip, "name", "Siti Rahma",
                "employmentType", "PNS", "jobType", "PELAKSANA", "positionTitle", "Pengadministrasi Umum",
                "unitCode", "PKM-GARUDA", "unitName", "Puskesmas Garuda"));
        if (created.status() == 409) {
            a_work_unit_is_registered_kept_by_an_update_that_leaves_it_out_and_changed_by_one_that_names_another();
            return;
        }
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("unitCode").asString()).isEqualTo("PKM-GARUDA");

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            Response kept = http().put("/api/employees/" + nip, admin, profile("Pengawas Puskesmas", null));
            assertThat(kept.body().get("unitName").asString()).isEqualTo("Puskesmas Garuda");
            Map<String, Object> moved = profile("Pengawas Puskesmas", null);
            moved.put("unitCode", "PKM-MELATI");
            moved.put("unitName", "Puskesmas Melati");
            assertThat(http().put("/api/employees/" + nip, admin, moved).body().get("unitCode").asString())
                    .isEqualTo("PKM-MELATI");

            var updates = tap.await(r -> nip.equals(EventTap.header(r, "ce_subject"))
                    && "latih.needs.EmployeeUpdated.v1".equals(EventTap.header(r, "ce_type")), 2, WAIT).stream()
                    .map(r -> EventJson.read(r.value(), EmployeeUpdated.class)).toList();
            assertThat(updates).extracting(EmployeeUpdated::unitCode).containsExactly("PKM-GARUDA", "PKM-MELATI");
            assertThat(updates).extracting(EmployeeUpdated::version).containsExactly(2L, 3L);
        }
    }

    @Test
    void a_bad_unit_code_or_a_unit_name_without_a_code_is_refused_naming_the_field_and_nothing_changes() {
        String nip = registered();
        Map<String, Object> bad = profile("Kepala", null);
        bad.put("unitCode", "PKM GARUDA!");
        Map<String, Object> nameOnly = profile("Kepala", null);
        nameOnly.put("unitName", "Puskesmas Garuda");
        Map<String, Object> tooLong = profile("Kepala", null);
        tooLong.put("unitCode", "P".repeat(21));

        for (Map<String, Object> body : java.util.List.of(bad, nameOnly, tooLong)) {
            Response refused = http().put("/api/employees/" + nip, admin, body);
            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("unitCode");
        }
        assertThat(http().get("/api/employees/" + nip, admin).body().get("positionTitle").asString())
                .isEqualTo("Pengadministrasi Umum");
    }

    private static Map<String, Object> profile(String position, String supervisorNip) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Siti Rahma", "employmentType", "PNS",
                "jobType", "PENGAWAS", "positionTitle", position));
        body.put("supervisorNip", supervisorNip);
        return body;
    }

    private String registered() {
        String nip = TestNips.unique("198503152010012");
        Response created = http().post("/api/employees", admin, Map.of("nip", nip, "name", "Siti Rahma",
                "employmentType", "PNS", "jobType", "PELAKSANA", "positionTitle", "Pengadministrasi Umum"));
        if (created.status() == 409) {
            return registered();
        }
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return nip;
    }
}
