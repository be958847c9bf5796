package id.latih.enrollments;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.events.ProgramPublished;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Completed programs add up to each employee's JP of the year; the agency sees who is short and what would help. */
class JpLedgerIT extends EnrollmentScenario {

    private final String organiser = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Test
    void two_completed_programs_of_8_and_6_jp_leave_a_pns_6_jp_short_and_a_12_jp_offering_would_close_it() {
        String nip = employees(1).get(0);
        complete(program(5, 8, today, today), nip);
        complete(program(5, 6, today, today), nip);
        ProgramPublished later = program(5, 12, today.plusDays(1), today.plusDays(2));
        ProgramPublished tooSmall = program(5, 4, today.plusDays(1), today.plusDays(1));

        Response ledger = http().get("/api/jp-ledgers/" + nip + "?year=" + today.getYear(), admin);
        Response compliance = http().get("/api/jp-compliance?size=200&year=" + today.getYear(), admin);

        assertThat(ledger.body().get("earned").asInt()).isEqualTo(14);
        assertThat(ledger.body().get("target").asInt()).isEqualTo(20);
        assertThat(ledger.body().get("shortfall").asInt()).isEqualTo(6);
        assertThat(ledger.body().get("entries").findValuesAsString("completedOn")).containsOnly(today.toString());
        var gap = row(compliance, nip);
        assertThat(gap.get("shortfall").asInt()).isEqualTo(6);
        if (later.startDate().getYear() == today.getYear()) {
            assertThat(gap.get("closingOfferings").findValuesAsString("programId")).contains(later.programId())
                    .doesNotContain(tooSmall.programId());
        }
    }

    @Test
    void a_pppk_with_30_jp_is_credited_24_and_has_no_target_while_a_pns_with_20_is_not_listed() {
        String pppk = employees(1, null, "PPPK").get(0);
        String pns = employees(1).get(0);
        complete(program(5, 30, today, today), pppk);
        complete(program(5, 20, today, today), pns);

        Response ledger = http().get("/api/jp-ledgers/" + pppk, admin);
        Response compliance = http().get("/api/jp-compliance?size=200", admin);

        assertThat(ledger.body().get("earned").asInt()).isEqualTo(30);
        assertThat(ledger.body().get("credited").asInt()).isEqualTo(24);
        assertThat(ledger.body().get("shortfall").asInt()).isZero();
        assertThat(compliance.body().get("gaps").findValuesAsString("nip")).doesNotContain(pppk, pns);
    }

    @Test
    void the_ledger_and_the_compliance_list_are_shown_only_to_who_may_read_them() {
        String nip = employees(1).get(0);
        String herself = TestTokens.employeeToken(DINKES, nip);
        String elsewhere = TestTokens.token("3204.DINKES", "AGENCY_ADMIN");
        String analyst = TestTokens.token("3273.BKPSDM", "REGION_ANALYST");

        assertThat(http().get("/api/jp-ledgers/" + nip, herself).status()).isEqualTo(200);
        assertThat(http().get("/api/jp-ledgers/" + nip, elsewhere).status()).isEqualTo(404);
        assertThat(http().get("/api/jp-compliance", herself).status()).isEqualTo(403);
        assertThat(http().get("/api/jp-compliance?agency=" + DINKES, elsewhere).status()).isEqualTo(404);
        assertThat(http().get("/api/jp-compliance?size=200&agency=" + DINKES, analyst).body().get("gaps")
                .findValuesAsString("nip")).contains(nip);
        assertThat(http().get("/api/jp-compliance?size=201", admin).status()).isEqualTo(400);
        assertThat(http().get("/api/jp-ledgers/" + nip + "?year=1900", admin).status()).isEqualTo(400);
    }

    private void complete(ProgramPublished program, String nip) {
        String id = enroll(program, nip).body().get("id").asString();
        assertThat(http().post("/api/enrollments/" + id + "/attendance", organiser,
                Map.of("sessionDate", today.toString(), "present", true)).status()).isEqualTo(200);
        assertThat(http().post("/api/enrollments/" + id + "/completion", organiser, "{}").body().get("status")
                .asString()).isEqualTo("COMPLETED");
    }

    private static tools.jackson.databind.JsonNode row(Response compliance, String nip) {
        for (var gap : compliance.body().get("gaps")) {
            if (nip.equals(gap.get("nip").asString())) {
                return gap;
            }
        }
        throw new AssertionError("no gap for " + nip + " in " + compliance.raw());
    }
}
