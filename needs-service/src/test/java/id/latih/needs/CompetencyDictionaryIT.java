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

/** The competency dictionary: national, shared by region and province, each agency's own, and who writes which. */
class CompetencyDictionaryIT extends ServiceIntegrationTest {

    private static final List<String> LEVELS = List.of("Paham", "Dasar", "Menengah", "Mumpuni", "Ahli");

    @Test
    void the_national_competencies_are_there_with_their_five_levels() {
        String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");

        Response managerial = http().get("/api/competencies?kind=MANAJERIAL&size=20", admin);
        Response m05 = http().get("/api/competencies/M.05", admin);

        assertThat(managerial.body().get("items").findValuesAsString("code")).containsExactly("M.01", "M.02",
                "M.03", "M.04", "M.05", "M.06", "M.07", "M.08");
        assertThat(m05.body().get("name").asString()).isEqualTo("Pelayanan Publik");
        assertThat(m05.body().get("levelDescriptors").size()).isEqualTo(5);
        assertThat(m05.body().get("levelDescriptors").get(4).asString()).startsWith("5 Ahli");
        assertThat(http().get("/api/competencies/SK.01", admin).body().get("kind").asString())
                .isEqualTo("SOSIAL_KULTURAL");
    }

    @Test
    void an_agencys_own_competency_is_its_own_and_a_regions_shared_one_reaches_every_agency_of_the_region() {
        String dictionary = "T." + letters() + ".01";
        String regionShared = "T." + letters() + ".02";
        String dinkes = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");
        String bkpsdm = TestTokens.token("3273.BKPSDM", "INTEGRATION", "REGION_ANALYST");

        assertThat(http().put("/api/competencies/" + dictionary, dinkes, competency("Surveilans", null)).status())
                .isEqualTo(200);
        assertThat(http().put("/api/competencies/" + regionShared, bkpsdm, competency("Kearsipan", "REGION"))
                .status()).isEqualTo(200);

        assertThat(http().get("/api/competencies/" + dictionary, dinkes).body().get("owner").asString())
                .isEqualTo("AGENCY");
        assertThat(http().get("/api/competencies/" + dictionary, TestTokens.token("3273.DISDIK", "AGENCY_ADMIN"))
                .status()).as("another agency's own dictionary").isEqualTo(404);
        assertThat(http().get("/api/competencies/" + regionShared, TestTokens.token("3273.DISDIK", "AGENCY_ADMIN"))
                .body().get("ownerKey").asString()).isEqualTo("3273");
        assertThat(http().get("/api/competencies/" + regionShared, TestTokens.token("3201.DINKES", "AGENCY_ADMIN"))
                .status()).as("another region").isEqualTo(404);
        assertThat(http().get("/api/competencies?kind=TEKNIS&size=100", TestTokens.token("3273.BKPSDM",
                "REGION_ANALYST")).body().get("items").findValuesAsString("code"))
                .as("the region's analyst sees its agencies' dictionaries").contains(dictionary, regionShared);
    }

    @Test
    void only_the_training_centre_writes_a_shared_dictionary_and_nobody_the_national_one() {
        String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");
        String code = "T." + letters() + ".01";

        assertThat(http().put("/api/competencies/" + code, admin, competency("X", "REGION")).status())
                .isEqualTo(403);
        assertThat(http().put("/api/competencies/" + code, TestTokens.token("3273.BKPSDM", "REGION_ANALYST"),
                competency("X", "REGION")).status()).as("analysts alone only read").isEqualTo(403);
        Response national = http().put("/api/competencies/M.05", admin, competency("X", null));
        assertThat(national.status()).isEqualTo(400);
        assertThat(national.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(http().get("/api/competencies/" + code, admin).status()).isEqualTo(404);
    }

    @Test
    void bad_definitions_are_refused_naming_the_field() {
        String admin = TestTokens.token("3273.DINKES", "AGENCY_ADMIN");
        String code = "T." + letters() + ".01";
        Map<String, Object> fourLevels = new HashMap<>(competency("X", null));
        fourLevels.put("levelDescriptors", List.of("1", "2", "3", "4"));
        Map<String, Object> longName = new HashMap<>(competency("N".repeat(201), null));

        assertRefused(http().put("/api/competencies/" + code, admin, fourLevels), "levelDescriptors");
        assertRefused(http().put("/api/competencies/" + code, admin, longName), "name");
        assertRefused(http().put("/api/competencies/T.kes.1", admin, competency("X", null)), "code");
        assertRefused(http().get("/api/competencies?size=101", admin), "size");
        assertThat(http().get("/api/competencies/" + code, admin).status()).isEqualTo(404);
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static Map<String, Object> competency(String name, String owner) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "description", "what it means",
                "levelDescriptors", LEVELS));
        if (owner != null) {
            body.put("owner", owner);
        }
        return body;
    }

    private static String letters() {
        return "D" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase().substring(0, 4);
    }
}
