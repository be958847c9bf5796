package id.latih.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The evaluation list a training officer pages through: scoped by who asks, sorted, filtered, bounded. */
class EvaluationListIT extends ServiceIntegrationTest {

    private static final String AGENCY = "3273.DISPORA";
    /** The paging test's own agency: the store is shared by the tests of the class. */
    private static final String PAGED = "3273.DISHUB";
    private static final String FIRST = "198503152010012801";
    private static final String SECOND = "198503152010012802";
    private static final String THIRD = "198503152010012803";

    private final String admin = TestTokens.token(AGENCY, "AGENCY_ADMIN");

    @Test
    void an_agency_pages_through_its_staffs_files_latest_completion_first_or_by_program_or_by_person() {
        String admin = TestTokens.token(PAGED, "AGENCY_ADMIN");
        String programA = "P-" + UUID.randomUUID();
        String programB = "P-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 3, 2);
        String third = CompletedTrainings.completed(http(), PAGED, programB, THIRD, day.plusDays(1));
        String first = CompletedTrainings.completed(http(), PAGED, programA, FIRST, day.plusDays(10));
        String second = CompletedTrainings.completed(http(), PAGED, programA, SECOND, day);

        JsonNode pageOne = http().get("/api/evaluations?size=2", admin).body();
        JsonNode pageTwo = http().get("/api/evaluations?size=2&page=1", admin).body();
        JsonNode byEmployee = http().get("/api/evaluations?order=BY_EMPLOYEE", admin).body();
        JsonNode ofProgramA = http().get("/api/evaluations?order=BY_PROGRAM&programId=" + programA, admin).body();
        JsonNode ofOnePerson = http().get("/api/evaluations?nip=" + THIRD, admin).body();

        assertThat(pageOne.get("totalItems").asLong()).isEqualTo(3);
        assertThat(ids(pageOne)).containsExactly(first, third);
        assertThat(ids(pageTwo)).containsExactly(second);
        assertThat(byEmployee.get("items").findValuesAsString("nip")).containsExactly(FIRST, SECOND, THIRD);
        assertThat(ids(ofProgramA)).containsExactly(first, second);
        assertThat(ids(ofOnePerson)).containsExactly(third);
    }

    @Test
    void an_employee_sees_only_their_own_files_and_another_region_sees_none_whatever_it_asks() {
        String own = CompletedTrainings.completed(http(), AGENCY, "P-" + UUID.randomUUID(), "198503152010012811",
                LocalDate.of(2026, 3, 2));
        CompletedTrainings.completed(http(), AGENCY, "P-" + UUID.randomUUID(), "198503152010012812",
                LocalDate.of(2026, 3, 2));
        String employee = TestTokens.employeeToken(AGENCY, "198503152010012811");

        JsonNode mine = http().get("/api/evaluations?size=100", employee).body();
        JsonNode colleagues = http().get("/api/evaluations?nip=198503152010012812", employee).body();
        JsonNode otherRegion = http().get("/api/evaluations?nip=198503152010012812",
                TestTokens.token("3201.DISPORA", "AGENCY_ADMIN")).body();
        JsonNode regionAnalyst = http().get("/api/evaluations?nip=198503152010012812",
                TestTokens.token("3273.BKPSDM", "REGION_ANALYST")).body();

        assertThat(ids(mine)).containsExactly(own);
        assertThat(colleagues.get("totalItems").asLong()).isZero();
        assertThat(otherRegion.get("totalItems").asLong()).isZero();
        assertThat(regionAnalyst.get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void out_of_bounds_paging_an_unknown_order_or_a_malformed_nip_is_refused_naming_the_parameter() {
        for (String query : List.of("size=101", "page=-1", "order=BY_MOOD", "nip=12345", "programId=" + "P".repeat(65))) {
            Response refused = http().get("/api/evaluations?" + query, admin);

            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").findValuesAsString("id");
    }
}
