package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.EventJson;
import id.latih.events.ServiceSatisfactionMeasured;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Community-satisfaction (IKM) surveys through the API: scoring, the event, refusals, lists, who sees what. */
class SatisfactionSurveyIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DINKES = "3273.DINKES";
    private final String admin = TestTokens.token(DINKES, "AGENCY_ADMIN");

    @Test
    void a_survey_is_scored_kept_and_announced_with_its_weak_elements() {
        String unit = unit();

        Response created = http().post("/api/satisfaction-surveys", admin, survey(unit, "2026-S1",
                List.of(List.of(4, 4, 3, 3, 4, 3, 2, 3, 3), List.of(3, 4, 3, 2, 4, 3, 2, 3, 4))));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(id).isEqualTo("IKM-3273.DINKES-" + unit + "-2026-S1");
        assertThat(created.body().get("ikm").asDouble()).isEqualTo(79.09);
        assertThat(created.body().get("grade").asString()).isEqualTo("B");
        assertThat(created.body().get("elements").get(6).get("mean").asDouble()).isEqualTo(2.0);
        assertThat(created.body().get("weakElements").findValuesAsString("element"))
                .containsExactly("U3", "U4", "U6", "U7", "U8");
        assertThat(created.body().get("weakElements").get(3).get("competencies").get(0).asString()).isEqualTo("M.03");
        assertThat(http().get("/api/satisfaction-surveys/" + id, admin).body().get("ikm").asDouble()).isEqualTo(79.09);
        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            ServiceSatisfactionMeasured measured = EventJson.read(tap.await(r -> id.equals(EventTap.header(r,
                    "ce_subject")) && "latih.needs.ServiceSatisfactionMeasured.v1".equals(EventTap.header(r,
                    "ce_type")), 1, WAIT).get(0).value(), ServiceSatisfactionMeasured.class);
            assertThat(measured.ikm()).isEqualTo(79.09);
            assertThat(measured.respondents()).isEqualTo(2);
            assertThat(measured.weakElements()).contains("U7");
            assertThat(measured.elementMeans()).containsEntry("U4", 2.5);
        }
    }

    @Test
    void the_same_unit_and_period_again_is_refused_and_the_first_survey_stands() {
        String unit = unit();
        http().post("/api/satisfaction-surveys", admin, survey(unit, "2026-Q1", answered(4, 3)));

        Response again = http().post("/api/satisfaction-surveys", admin, survey(unit, "2026-Q1", answered(1, 5)));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        Response kept = http().get("/api/satisfaction-surveys/IKM-3273.DINKES-" + unit + "-2026-Q1", admin);
        assertThat(kept.body().get("respondents").asInt()).isEqualTo(3);
    }

    @Test
    void an_answer_outside_1_to_4_is_refused_naming_respondent_and_element_and_nothing_is_kept() {
        String unit = unit();
        List<List<Integer>> responses = new ArrayList<>(answered(4, 2));
        responses.add(List.of(4, 4, 4, 4, 4, 4, 5, 4, 4));

        Response refused = http().post("/api/satisfaction-surveys", admin, survey(unit, "2026", responses));

        assertRefused(refused, "responses[2][6]", "1..4");
        assertThat(http().get("/api/satisfaction-surveys/IKM-3273.DINKES-" + unit + "-2026", admin).status())
                .isEqualTo(404);
    }

    @Test
    void a_bad_period_unit_code_or_too_many_respondents_is_refused_naming_the_field() {
        assertRefused(http().post("/api/satisfaction-surveys", admin, survey(unit(), "2026-13", answered(4, 1))),
                "period", "");
        assertRefused(http().post("/api/satisfaction-surveys", admin, survey("PKM GARUDA", "2026", answered(4, 1))),
                "serviceUnit", "");
        assertRefused(http().post("/api/satisfaction-surveys", admin, survey(unit(), "2026", answered(4, 2001))),
                "responses", "");
        assertRefused(http().post("/api/satisfaction-surveys", admin, survey(unit(), "2026", List.of())),
                "responses", "");
    }

    @Test
    void units_are_listed_worst_first_in_pages_and_in_other_orders_on_request() {
        String agency = "3273.DISPORA" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String dispora = TestTokens.token(agency, "AGENCY_ADMIN");
        for (int answer = 4; answer >= 2; answer--) {
            http().post("/api/satisfaction-surveys", dispora, survey("UNIT-" + answer, "2025-Q2", answered(answer, 1)));
        }

        Response first = http().get("/api/satisfaction-surveys?period=2025-Q2&size=2", dispora);
        Response second = http().get("/api/satisfaction-surveys?period=2025-Q2&size=2&page=1", dispora);
        Response best = http().get("/api/satisfaction-surveys?sort=BEST_FIRST", dispora);

        assertThat(first.body().get("items").findValuesAsString("serviceUnit")).containsExactly("UNIT-2", "UNIT-3");
        assertThat(first.body().get("items").findValues("ikm").stream().map(n -> n.asDouble()).toList())
                .containsExactly(49.95, 74.93);
        assertThat(first.body().get("totalItems").asLong()).isEqualTo(3);
        assertThat(second.body().get("items").findValuesAsString("serviceUnit")).containsExactly("UNIT-4");
        assertThat(best.body().get("items").get(0).get("serviceUnit").asString()).isEqualTo("UNIT-4");
        assertRefused(http().get("/api/satisfaction-surveys?size=101", dispora), "size", "");
        assertRefused(http().get("/api/satisfaction-surveys?page=-1", dispora), "page", "");
        assertRefused(http().get("/api/satisfaction-surveys?sort=RANDOM", dispora), "sort", "");
    }

    @Test
    void other_agencies_do_not_see_a_survey_the_region_reads_it_and_only_the_agency_records() {
        String unit = unit();
        http().post("/api/satisfaction-surveys", admin, survey(unit, "2026-07", answered(3, 2)));
        String id = "IKM-3273.DINKES-" + unit + "-2026-07";
        String bogor = TestTokens.token("3201.DINKES", "AGENCY_ADMIN");
        String bandungAnalyst = TestTokens.token("3273.BKPSDM", "REGION_ANALYST");
        String employee = TestTokens.employeeToken(DINKES, "198503152010011001");

        assertThat(http().get("/api/satisfaction-surveys/" + id, bogor).status()).isEqualTo(404);
        assertThat(http().get("/api/satisfaction-surveys?period=2026-07&size=100", bogor).body().get("items")
                .findValuesAsString("id")).doesNotContain(id);
        assertThat(http().get("/api/satisfaction-surveys?period=2026-07&size=100", bandungAnalyst).body()
                .get("items").findValuesAsString("id")).contains(id);
        assertThat(http().get("/api/satisfaction-surveys/" + id, employee).status()).isEqualTo(200);
        assertThat(http().post("/api/satisfaction-surveys", bandungAnalyst, survey(unit(), "2026", answered(3, 1)))
                .status()).isEqualTo(403);
        assertThat(http().post("/api/satisfaction-surveys", employee, survey(unit(), "2026", answered(3, 1)))
                .status()).isEqualTo(403);
    }

    private static Map<String, Object> survey(String unit, String period, List<List<Integer>> responses) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceUnit", unit);
        body.put("serviceUnitName", "Puskesmas " + unit);
        body.put("period", period);
        body.put("responses", responses);
        return body;
    }

    /** {@code respondents} respondents answering {@code answer} to every element. */
    private static List<List<Integer>> answered(int answer, int respondents) {
        return Collections.nCopies(respondents, Collections.nCopies(9, answer));
    }

    private static String unit() {
        return "PKM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static void assertRefused(Response response, String field, String reason) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.body().get("errors").get(0).get("reason").asString()).contains(reason);
    }
}
