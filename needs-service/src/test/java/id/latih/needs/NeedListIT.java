package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The needs list: pages, filters, orders, refused parameters, and each agency its own. */
class NeedListIT extends ServiceIntegrationTest {

    @Test
    void needs_are_paged_filtered_and_ordered_within_the_agency() {
        String agency = "3273.DISKOMINFO" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String admin = TestTokens.token(agency, "AGENCY_ADMIN");
        String nip = registered(admin);
        for (String code : new String[] {"M.05", "M.01", "M.03"}) {
            http().post("/api/employees/" + nip + "/assessments", admin, Map.of("competencyCode", code,
                    "assessedLevel", 1, "method", "SUPERVISOR", "assessedOn", "2026-01-10"));
        }
        http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2025));
        http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2026));

        Response first = http().get("/api/needs?size=2", admin);
        Response last = http().get("/api/needs?size=2&page=2", admin);
        Response byCompetency = http().get("/api/needs?sort=BY_COMPETENCY&size=2", admin);
        Response of2025 = http().get("/api/needs?cycleYear=2025&competencyCode=M.03", admin);

        assertThat(first.body().get("totalItems").asLong()).isEqualTo(6);
        assertThat(first.body().get("items").findValuesAsString("id"))
                .containsExactly("N-2026-" + nip + "-M.01", "N-2026-" + nip + "-M.03");
        assertThat(last.body().get("items").findValuesAsString("id"))
                .containsExactly("N-2025-" + nip + "-M.03", "N-2025-" + nip + "-M.05");
        assertThat(byCompetency.body().get("items").findValuesAsString("id"))
                .containsExactly("N-2026-" + nip + "-M.01", "N-2025-" + nip + "-M.01");
        assertThat(of2025.body().get("items").findValuesAsString("id")).containsExactly("N-2025-" + nip + "-M.03");
        assertThat(http().get("/api/needs?status=ADDRESSED", admin).body().get("totalItems").asLong()).isZero();
        assertThat(http().get("/api/needs?nip=" + nip, admin).body().get("totalItems").asLong()).isEqualTo(6);
        assertThat(http().get("/api/needs?nip=" + nip, TestTokens.employeeToken(agency, "198503152010011999"))
                .body().get("totalItems").asLong()).as("an employee's own reach still applies").isZero();
        assertThat(http().get("/api/needs?size=100", TestTokens.token("3201.DINKES", "AGENCY_ADMIN")).body()
                .findValuesAsString("nip")).doesNotContain(nip);
    }

    @Test
    void bad_list_parameters_are_refused_naming_them() {
        String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");

        for (String[] bad : new String[][] {{"size=101", "size"}, {"page=-1", "page"}, {"status=OPEN", "status"},
                {"competencyCode=M.99", "competencyCode"}, {"cycleYear=1999", "cycleYear"}, {"sort=RANDOM", "sort"}, {"nip=12345", "nip"}}) {
            Response refused = http().get("/api/needs?" + bad[0], admin);
            assertThat(refused.status()).as(bad[0]).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo(bad[1]);
        }
    }

    private String registered(String admin) {
        String nip = TestNips.unique("198503152010011");
        Response created = http().post("/api/employees", admin, Map.of("nip", nip, "name", "Siti Rahma",
                "employmentType", "PNS", "jobType", "ADMINISTRATOR", "positionTitle", "Pranata Komputer"));
        return created.status() == 409 || created.status() == 202 ? registered(admin) : nip;
    }
}
