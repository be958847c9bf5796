package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A publication over the agency's ceiling: refused to designers, published by the agency admin (the default
 * setting, ADMIN_APPROVES). Agency 3277.DINKES is this test's.
 */
class BudgetCeilingIT extends ServiceIntegrationTest {

    private static final String AGENCY = "3277.DINKES";
    private final String admin = TestTokens.token(AGENCY, "AGENCY_ADMIN");
    private final String designer = TestTokens.token(AGENCY, "PROGRAM_DESIGNER");
    private final LocalDate start = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(40);

    @Test
    void within_the_ceiling_a_designer_publishes_over_it_only_the_admin_does() {
        assertThat(http().post("/api/budgets/ceilings", admin, Map.of("year", start.getYear(),
                "ceiling", 50_000_000)).status()).isEqualTo(200);

        // 20 x Rp 1.5 million + Rp 10 million = Rp 40 million: within Rp 50 million
        assertThat(http().post("/api/programs", designer, program(20)).status()).isEqualTo(201);
        // another Rp 40 million would make Rp 80 million
        Response refused = http().post("/api/programs", designer, program(20));
        // 6 x Rp 1.5 million + Rp 10 million = Rp 19 million would make Rp 59 million
        Response approved = http().post("/api/programs", admin, program(6));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).endsWith("/over-budget-ceiling");
        assertThat(approved.status()).isEqualTo(201);
        // the first program revised to 40 seats: Rp 70 million instead of 40, Rp 89 million in all
        String first = http().get("/api/programs?agencyCode=" + AGENCY + "&size=200", designer).body()
                .findValuesAsString("id").get(0);
        Response raised = http().post("/api/programs/" + first + "/revisions", designer, program(40));
        assertThat(raised.status()).isEqualTo(409);
        assertThat(http().get("/api/budgets?year=" + start.getYear(), designer).body().get(0).get("planned")
                .asLong()).isEqualTo(59_000_000);
    }

    @Test
    void only_an_agency_admin_sets_the_ceiling_and_only_a_sane_one() {
        Map<String, Object> ceiling = Map.of("year", start.getYear(), "ceiling", 1);

        assertThat(http().post("/api/budgets/ceilings", designer, ceiling).status()).isEqualTo(403);
        assertThat(http().post("/api/budgets/ceilings", TestTokens.token("3277.BKPSDM", "REGION_ANALYST"), ceiling)
                .status()).isEqualTo(403);
        Response negative = http().post("/api/budgets/ceilings", admin, Map.of("year", start.getYear(),
                "ceiling", -5));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().get("errors").get(0).get("field").asString()).isEqualTo("ceiling");
    }

    private Map<String, Object> program(int capacity) {
        return Map.of("title", "Pagu", "competencyCode", "M.05", "route", "KLASIKAL", "method", "CLASS", "jp", 20,
                "capacity", capacity, "startDate", start.toString(), "endDate", start.toString(),
                "costPerParticipant", 1_500_000, "fixedCosts", 10_000_000);
    }
}
