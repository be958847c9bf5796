package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Position standards: where a gap's required level comes from, set by the agency, read by oversight. */
class PositionStandardIT extends ServiceIntegrationTest {

    @Test
    void the_standard_of_the_current_and_next_position_decides_the_gaps() {
        String agency = "3273.DISHUB" + suffix();
        String admin = TestTokens.token(agency, "AGENCY_ADMIN");
        String position = "Kepala Seksi Angkutan";
        assertThat(http().put("/api/position-standards", admin, standard(position, "Kepala Bidang Angkutan",
                List.of(Map.of("competencyCode", "M.03", "level", 3)))).status()).isEqualTo(200);
        http().put("/api/position-standards", admin, standard("Kepala Bidang Angkutan", null,
                List.of(Map.of("competencyCode", "M.04", "level", 4))));
        String nip = registered(admin, "kepala seksi angkutan");
        assess(admin, nip, "M.03", 2);   // current position asks 3 (the PENGAWAS default would be 2)
        assess(admin, nip, "M.04", 2);   // PENGAWAS default 2 met; the next position asks 4
        assess(admin, nip, "M.01", 2);   // PENGAWAS default 2 met, nothing above

        Response needs = http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2026));

        assertThat(needs.status()).as(needs.raw()).isEqualTo(200);
        assertThat(needs.body().findValuesAsString("competencyCode")).containsExactlyInAnyOrder("M.03", "M.04");
        for (var need : needs.body()) {
            if (need.get("competencyCode").asString().equals("M.03")) {
                assertThat(need.get("requiredLevel").asInt()).isEqualTo(3);
                assertThat(need.get("source").asString()).startsWith("COMPETENCY_GAP:");
            } else {
                assertThat(need.get("requiredLevel").asInt()).isEqualTo(4);
                assertThat(need.get("source").asString()).startsWith("NEXT_POSITION_GAP:");
            }
        }
    }

    @Test
    void the_profile_shows_each_competency_against_both_positions_and_the_needs_history_to_who_may_read_it() {
        String agency = "3273.DISHUB" + suffix();
        String admin = TestTokens.token(agency, "AGENCY_ADMIN");
        http().put("/api/position-standards", admin, standard("Kepala Seksi Terminal", "Kepala Bidang Terminal",
                List.of(Map.of("competencyCode", "M.06", "level", 3))));
        http().put("/api/position-standards", admin, standard("Kepala Bidang Terminal", null,
                List.of(Map.of("competencyCode", "M.03", "level", 4))));
        String nip = registered(admin, "Kepala Seksi Terminal");
        assess(admin, nip, "M.03", 2);
        http().post("/api/employees/" + nip + "/needs-analysis", admin, Map.of("cycleYear", 2026));

        Response profile = http().get("/api/employees/" + nip + "/profile", admin);
        Response own = http().get("/api/employees/" + nip + "/profile", TestTokens.employeeToken(agency, nip));

        assertThat(profile.status()).as(profile.raw()).isEqualTo(200);
        assertThat(profile.body().get("nextPositionTitle").asString()).isEqualTo("Kepala Bidang Terminal");
        var competencies = profile.body().get("competencies");
        assertThat(competencies.findValuesAsString("competencyCode")).containsExactly("M.03", "M.06");
        assertThat(competencies.get(0).get("currentLevel").asInt()).isEqualTo(2);
        assertThat(competencies.get(0).get("requiredLevel").asInt()).as("PENGAWAS default").isEqualTo(2);
        assertThat(competencies.get(0).get("nextRequiredLevel").asInt()).isEqualTo(4);
        assertThat(competencies.get(1).get("currentLevel").isNull()).as("required, not assessed yet").isTrue();
        assertThat(profile.body().get("needs").findValuesAsString("source")).containsExactly(
                "NEXT_POSITION_GAP:ASSESSMENT_CENTER");
        assertThat(own.status()).isEqualTo(200);
        assertThat(http().get("/api/employees/" + nip + "/profile", TestTokens.token("3201.DINKES", "AGENCY_ADMIN"))
                .status()).isEqualTo(404);
    }

    @Test
    void standards_are_read_by_the_region_and_set_only_by_their_agency() {
        String agency = "3273.DISHUB" + suffix();
        String admin = TestTokens.token(agency, "AGENCY_ADMIN");
        http().put("/api/position-standards", admin, standard("Analis Lalu Lintas", null,
                List.of(Map.of("competencyCode", "M.05", "level", 2))));

        Response byRegion = http().get("/api/position-standards/position?agencyCode=" + agency
                + "&positionTitle=Analis%20Lalu%20Lintas", TestTokens.token("3273.BKPSDM", "REGION_ANALYST"));
        Response otherRegion = http().get("/api/position-standards/position?agencyCode=" + agency
                + "&positionTitle=Analis%20Lalu%20Lintas", TestTokens.token("3201.DINKES", "AGENCY_ADMIN"));
        Response analystWrites = http().put("/api/position-standards", TestTokens.token("3273.BKPSDM",
                "REGION_ANALYST"), standard("Analis Lalu Lintas", null, List.of()));
        Response page = http().get("/api/position-standards?size=100", admin);

        assertThat(byRegion.body().get("requiredLevels").get(0).get("level").asInt()).isEqualTo(2);
        assertThat(otherRegion.status()).isEqualTo(404);
        assertThat(analystWrites.status()).isEqualTo(403);
        assertThat(page.body().get("items").findValuesAsString("agencyCode")).containsOnly(agency);
        assertThat(page.body().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void a_standard_with_an_unknown_competency_a_bad_level_or_a_duplicate_is_refused_naming_it() {
        String admin = TestTokens.token("3273.DISHUB" + suffix(), "AGENCY_ADMIN");

        assertRefused(http().put("/api/position-standards", admin, standard("Staf", null,
                List.of(Map.of("competencyCode", "T.NOWHERE.01", "level", 2)))), "requiredLevels[0].competencyCode");
        assertRefused(http().put("/api/position-standards", admin, standard("Staf", null,
                List.of(Map.of("competencyCode", "M.01", "level", 6)))), "requiredLevels[0].level");
        assertRefused(http().put("/api/position-standards", admin, standard("Staf", null,
                List.of(Map.of("competencyCode", "M.01", "level", 2), Map.of("competencyCode", "M.01", "level", 3)))),
                "requiredLevels[1].competencyCode");
        assertRefused(http().put("/api/position-standards", admin, standard("S".repeat(201), null, List.of())),
                "positionTitle");
        assertThat(http().get("/api/position-standards/position?positionTitle=Staf", admin).status()).isEqualTo(404);
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static Map<String, Object> standard(String title, String next, List<Map<String, Object>> levels) {
        Map<String, Object> body = new HashMap<>(Map.of("positionTitle", title, "requiredLevels", levels));
        if (next != null) {
            body.put("nextPositionTitle", next);
        }
        return body;
    }

    private void assess(String admin, String nip, String code, int level) {
        assertThat(http().post("/api/employees/" + nip + "/assessments", admin, Map.of("competencyCode", code,
                "assessedLevel", level, "method", "ASSESSMENT_CENTER", "assessedOn", "2026-02-01")).status())
                .isEqualTo(201);
    }

    private String registered(String admin, String position) {
        String nip = TestNips.unique("198503152010011");
        Response created = http().post("/api/employees", admin, Map.of("nip", nip, "name", "Budi",
                "employmentType", "PNS", "jobType", "PENGAWAS", "positionTitle", position));
        return created.status() == 409 || created.status() == 202 ? registered(admin, position) : nip;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replaceAll("[^A-Fa-f]", "").toUpperCase().substring(0, 3);
    }
}
