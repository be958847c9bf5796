package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.EmployeeUpdated;
import id.latih.events.EventJson;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Transfers (mutasi): registering a NIP another agency holds asks; the releasing side decides; the history moves. */
class EmployeeTransferIT extends ServiceIntegrationTest {

    private static final String BANDUNG = "3273.DINKES";
    private static final String BOGOR = "3201.DINKES";
    private final String bandung = TestTokens.token(BANDUNG, "AGENCY_ADMIN");
    private final String bogor = TestTokens.token(BOGOR, "AGENCY_ADMIN");
    private final String bandungCentre = TestTokens.token("3273.BKPSDM", "INTEGRATION", "REGION_ANALYST");

    @Test
    void registering_a_nip_another_agency_holds_requests_a_transfer_that_both_agencies_see_and_nothing_moves_yet() {
        String nip = registeredInBandung();

        Response requested = http().post("/api/employees", bogor, profile(nip, "Kepala Seksi Surveilans"));

        assertThat(requested.status()).as(requested.raw()).isEqualTo(202);
        assertThat(requested.body().get("fromAgency").asString()).isEqualTo(BANDUNG);
        assertThat(requested.body().get("toAgency").asString()).isEqualTo(BOGOR);
        assertThat(requested.body().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(http().get("/api/employees/" + nip, bogor).status()).isEqualTo(404);
        assertThat(http().get("/api/employees/" + nip, bandung).body().get("agencyCode").asString())
                .isEqualTo(BANDUNG);
        assertThat(http().get("/api/employee-transfers?size=100", bandung).body().get("items")
                .findValuesAsString("nip")).contains(nip);
        assertThat(http().get("/api/employee-transfers?size=100", bogor).body().get("items")
                .findValuesAsString("nip")).contains(nip);
        assertThat(http().get("/api/employee-transfers/" + nip, TestTokens.token("3204.DINKES", "AGENCY_ADMIN"))
                .status()).isEqualTo(404);
        assertThat(http().post("/api/employees", bogor, profile(nip, "Staf")).status()).isEqualTo(409);
    }

    @Test
    void only_the_releasing_agency_or_its_regions_training_centre_decides() {
        String nip = registeredInBandung();
        http().post("/api/employees", bogor, profile(nip, "Kepala Seksi Surveilans"));

        assertThat(approve(nip, bogor).status()).isEqualTo(403);
        assertThat(approve(nip, TestTokens.token("3273.BKPSDM", "REGION_ANALYST")).status()).isEqualTo(403);
        assertThat(approve(nip, TestTokens.token("3201.BKPSDM", "AGENCY_ADMIN")).status()).isEqualTo(403);
        assertThat(approve(nip, TestTokens.token(BANDUNG, "PROGRAM_DESIGNER")).status()).isEqualTo(403);
        Response approved = approve(nip, bandungCentre);

        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approve(nip, bandung).status()).isEqualTo(404);
    }

    @Test
    void on_approval_the_profile_and_its_evidence_move_to_the_receiving_agency_announced_with_the_new_agency() {
        String nip = registeredInBandung();
        Response assessed = http().post("/api/employees/" + nip + "/assessments", bandung, Map.of(
                "competencyCode", "M.05", "assessedLevel", 2, "method", "ASSESSMENT_CENTER",
                "assessedOn", LocalDate.now().minusDays(1).toString()));
        assertThat(assessed.status()).as(assessed.raw()).isEqualTo(201);
        http().post("/api/employees", bogor, profile(nip, "Kepala Seksi Surveilans"));

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            assertThat(approve(nip, bandung).status()).isEqualTo(200);

            Response moved = http().get("/api/employees/" + nip, bogor);
            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.body().get("agencyCode").asString()).isEqualTo(BOGOR);
            assertThat(moved.body().get("positionTitle").asString()).isEqualTo("Kepala Seksi Surveilans");
            assertThat(moved.body().get("assessments").get(0).get("competencyCode").asString()).isEqualTo("M.05");
            assertThat(http().get("/api/employees/" + nip, bandung).status()).isEqualTo(404);
            EmployeeUpdated event = EventJson.read(tap.await(r -> nip.equals(EventTap.header(r, "ce_subject"))
                    && "latih.needs.EmployeeUpdated.v1".equals(EventTap.header(r, "ce_type")), 1,
                    Duration.ofSeconds(30)).get(0).value(), EmployeeUpdated.class);
            assertThat(event.agencyCode()).isEqualTo(BOGOR);
            assertThat(event.version()).isEqualTo(2);
        }
    }

    @Test
    void a_rejected_transfer_leaves_the_employee_where_they_are_and_a_new_request_may_follow() {
        String nip = registeredInBandung();
        http().post("/api/employees", bogor, profile(nip, "Kepala Seksi Surveilans"));

        Response rejected = http().post("/api/employee-transfers/" + nip + "/rejection", bandung, Map.of());

        assertThat(rejected.status()).as(rejected.raw()).isEqualTo(200);
        assertThat(rejected.body().get("status").asString()).isEqualTo("REJECTED");
        assertThat(http().get("/api/employees/" + nip, bandung).body().get("agencyCode").asString())
                .isEqualTo(BANDUNG);
        assertThat(http().get("/api/employee-transfers/" + nip, bandung).status()).isEqualTo(404);
        assertThat(http().post("/api/employees", bogor, profile(nip, "Staf")).status()).isEqualTo(202);
    }

    @Test
    void the_regions_training_centre_and_analysts_see_the_regions_transfers_an_analyst_decides_none() {
        String nip = registeredInBandung();
        http().post("/api/employees", bogor, profile(nip, "Kepala Seksi Surveilans"));

        assertThat(http().get("/api/employee-transfers?size=100", bandungCentre).body().get("items")
                .findValuesAsString("nip")).contains(nip);
        assertThat(http().get("/api/employee-transfers?size=100", TestTokens.token("32.BPSDM", "PROVINCE_ANALYST"))
                .body().get("items").findValuesAsString("nip")).contains(nip);
        assertThat(http().get("/api/employee-transfers?size=100", TestTokens.token("3204.DINKES", "AGENCY_ADMIN"))
                .body().get("items").findValuesAsString("nip")).doesNotContain(nip);
        assertThat(http().post("/api/employee-transfers/" + nip + "/rejection",
                TestTokens.token("32.BPSDM", "PROVINCE_ANALYST"), Map.of()).status()).isEqualTo(403);
    }

    private Response approve(String nip, String token) {
        return http().post("/api/employee-transfers/" + nip + "/approval", token, Map.of());
    }

    private static Map<String, Object> profile(String nip, String position) {
        return Map.of("nip", nip, "name", "Siti Rahma", "employmentType", "PNS", "jobType", "PENGAWAS",
                "positionTitle", position);
    }

    private String registeredInBandung() {
        String nip = TestNips.unique("198503152010012");
        Response created = http().post("/api/employees", bandung, Map.of("nip", nip, "name", "Siti Rahma",
                "employmentType", "PNS", "jobType", "PELAKSANA", "positionTitle", "Pengadministrasi Umum"));
        if (created.status() == 409 || created.status() == 202) {
            return registeredInBandung();
        }
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return nip;
    }
}
