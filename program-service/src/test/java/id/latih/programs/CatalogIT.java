package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The catalog: who reads which programs, and narrowing it by competency, method, month and organiser. */
class CatalogIT extends ServiceIntegrationTest {

    private final String bkpsdm = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");

    @Test
    void a_shared_program_is_read_by_the_agencies_it_is_open_to_but_not_whose_needs_it_plans_for() {
        String title = "Bersama " + UUID.randomUUID();
        String programId = http().post("/api/programs", bkpsdm, ProgramDesignIT.sharedProgram(title))
                .body().get("id").asString();
        String dinkes = TestTokens.token("3273.DINKES", "PROGRAM_DESIGNER");
        String dinsos = TestTokens.token("3273.DINSOS", "PROGRAM_DESIGNER");

        assertThat(titles("/api/programs?size=200", dinkes)).contains(title);
        assertThat(http().get("/api/programs/" + programId, dinkes).body().get("needIds").size()).isZero();
        assertThat(titles("/api/programs?size=200", dinsos)).doesNotContain(title);
        assertThat(http().get("/api/programs/" + programId, dinsos).status()).isEqualTo(404);
        assertThat(http().post("/api/programs/" + programId + "/cancel", dinkes, Map.of("reason", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void the_catalog_narrows_by_competency_method_month_and_organiser_and_pages_in_start_order() {
        String agency = "3273.DISKOMINFO";
        String designer = TestTokens.token(agency, "PROGRAM_DESIGNER");
        LocalDate nextMonth = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusMonths(1).withDayOfMonth(10);
        publish(designer, "Komunikasi A", "M.03", "WORKSHOP", nextMonth.plusDays(2));
        publish(designer, "Komunikasi B", "M.03", "SEMINAR", nextMonth);
        publish(designer, "Integritas", "M.01", "WORKSHOP", nextMonth.plusMonths(1));
        String analyst = TestTokens.token("3273.BKPSDM", "REGION_ANALYST");

        assertThat(titles("/api/programs?agencyCode=" + agency + "&competencyCode=M.03", analyst))
                .containsExactly("Komunikasi B", "Komunikasi A");
        assertThat(titles("/api/programs?agencyCode=" + agency + "&method=WORKSHOP&sort=-startDate", analyst))
                .containsExactly("Integritas", "Komunikasi A");
        assertThat(titles("/api/programs?agencyCode=" + agency + "&month=" + nextMonth.toString().substring(0, 7),
                analyst)).containsExactly("Komunikasi B", "Komunikasi A");
        assertThat(titles("/api/programs?agencyCode=" + agency + "&size=2&page=1", analyst))
                .containsExactly("Integritas");
        assertThat(totalCount("/api/programs?agencyCode=" + agency + "&size=1", analyst)).isEqualTo("3");
        assertThat(titles("/api/programs?agencyCode=" + agency,
                TestTokens.token("3201.BKPSDM", "PROVINCE_ANALYST"))).hasSize(3);
        assertThat(titles("/api/programs?agencyCode=" + agency, TestTokens.token("3204.BKPSDM", "REGION_ANALYST")))
                .isEmpty();
    }

    @Test
    void a_parameter_that_does_not_parse_or_a_page_too_large_is_refused_by_name() {
        for (var bad : Map.of("month=2026-13", "month", "method=KURSUS", "method", "size=201", "size",
                "page=-1", "page", "sort=price", "sort").entrySet()) {
            Response refused = http().get("/api/programs?" + bad.getKey(), bkpsdm);

            assertThat(refused.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo(bad.getValue());
        }
    }

    private void publish(String token, String title, String competency, String method, LocalDate start) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", title, "competencyCode", competency,
                "route", "KLASIKAL", "method", method, "jp", 12, "capacity", 20, "startDate", start.toString(),
                "endDate", start.plusDays(1).toString()));
        assertThat(http().post("/api/programs", token, body).status()).isEqualTo(201);
    }

    private List<String> titles(String path, String token) {
        Response response = http().get(path, token);
        assertThat(response.status()).isEqualTo(200);
        return response.body().findValuesAsString("title");
    }

    private String totalCount(String path, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue("X-Total-Count").orElseThrow();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
