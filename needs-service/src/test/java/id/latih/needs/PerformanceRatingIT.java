package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Yearly SKP ratings: who may record them, what the profile then shows, what is refused. */
class PerformanceRatingIT extends ServiceIntegrationTest {

    private static final String DINKES = "3273.DINKES";
    private final String admin = TestTokens.token(DINKES, "AGENCY_ADMIN");

    @Test
    void a_supervisor_rates_their_staff_and_the_profile_shows_the_performance_gap() {
        String kasi = registered(null);
        String staff = registered(kasi);
        String supervisor = TestTokens.personToken(DINKES, kasi, "SUPERVISOR");

        Response rated = rate(supervisor, staff, 2025, "KURANG");
        rate(admin, staff, 2024, "BAIK");

        assertThat(rated.status()).as(rated.raw()).isEqualTo(201);
        Response profile = http().get("/api/employees/" + staff, TestTokens.employeeToken(DINKES, staff));
        assertThat(profile.body().get("performanceRatings").findValuesAsString("rating"))
                .containsExactly("BAIK", "KURANG");
        assertThat(profile.body().get("performanceRatings").get(1).get("performanceGap").asInt()).isEqualTo(2);
        assertThat(rate(admin, staff, 2025, "BUTUH_PERBAIKAN").status()).isEqualTo(201);
        assertThat(http().get("/api/employees/" + staff, admin).body().get("performanceRatings")
                .findValuesAsString("rating")).containsExactly("BAIK", "BUTUH_PERBAIKAN");
    }

    @Test
    void nobody_rates_themselves_and_an_employee_or_another_agency_rates_nobody() {
        String kasi = registered(null);
        String staff = registered(kasi);

        assertThat(rate(TestTokens.personToken(DINKES, kasi, "SUPERVISOR"), kasi, 2025, "SANGAT_BAIK").status())
                .isEqualTo(403);
        assertThat(rate(TestTokens.employeeToken(DINKES, staff), staff, 2025, "SANGAT_BAIK").status())
                .isEqualTo(403);
        assertThat(rate(TestTokens.token("3201.DINKES", "AGENCY_ADMIN"), staff, 2025, "BAIK").status())
                .isEqualTo(404);
        assertThat(http().get("/api/employees/" + staff, admin).body().get("performanceRatings").size()).isZero();
    }

    @Test
    void an_unknown_rating_or_a_future_year_is_refused_naming_the_field() {
        String nip = registered(null);

        Response unknown = rate(admin, nip, 2025, "LUAR_BIASA");
        Response future = rate(admin, nip, 2099, "BAIK");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("rating");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(http().get("/api/employees/" + nip, admin).body().get("performanceRatings").size()).isZero();
    }

    private Response rate(String token, String nip, int year, String rating) {
        return http().post("/api/employees/" + nip + "/performance-ratings", token,
                Map.of("year", year, "rating", rating));
    }

    private String registered(String supervisorNip) {
        String nip = TestNips.unique("198503152010012");
        Map<String, Object> body = new HashMap<>(Map.of("nip", nip, "name", "Siti Rahma", "employmentType", "PNS",
                "jobType", "PELAKSANA", "positionTitle", "Perawat"));
        if (supervisorNip != null) {
            body.put("supervisorNip", supervisorNip);
        }
        Response created = http().post("/api/employees", admin, body);
        return created.status() == 409 || created.status() == 202 ? registered(supervisorNip) : nip;
    }
}
