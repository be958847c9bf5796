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
    void a_seminar_of_6_jp_counts_only_once_her_supervisor_approved_it_leaving_her_6_short_after_an_8_jp_program() {
        String boss = employees(1).get(0);
        String nip = employees(1, boss).get(0);
        String herself = TestTokens.employeeToken(DINKES, nip);
        String supervisor = TestTokens.personToken(DINKES, boss, "SUPERVISOR");
        complete(program(5, 8, today, today), nip);

        String seminar = report(herself, nip, 6, "https://seminar.example.id/sertifikat/123", null).body().get("id")
                .asString();
        int beforeApproval = http().get("/api/jp-ledgers/" + nip, admin).body().get("earned").asInt();
        String rejected = report(herself, nip, 10, null, "123/SEM/2026").body().get("id").asString();
        Response approved = http().post("/api/jp-ledgers/" + nip + "/learning/" + seminar + "/approval", supervisor,
                "{}");
        http().post("/api/jp-ledgers/" + nip + "/learning/" + rejected + "/rejection", supervisor,
                Map.of("reason", "bukti tidak terbaca"));
        Response ledger = http().get("/api/jp-ledgers/" + nip, admin);
        Response compliance = http().get("/api/jp-compliance?size=200", admin);

        assertThat(beforeApproval).isEqualTo(8);
        assertThat(approved.body().get("status").asString()).isEqualTo("APPROVED");
        assertThat(ledger.body().get("earned").asInt()).isEqualTo(14);
        assertThat(ledger.body().get("shortfall").asInt()).isEqualTo(6);
        assertThat(ledger.body().get("entries").findValuesAsString("learningId")).hasSize(2).contains(seminar);
        assertThat(row(compliance, nip).get("shortfall").asInt()).isEqualTo(6);
        assertThat(http().get("/api/jp-ledgers/" + nip + "/learning", herself).body().findValuesAsString("status"))
                .containsExactlyInAnyOrder("APPROVED", "REJECTED");
    }

    @Test
    void only_the_employee_reports_with_evidence_and_only_her_supervisor_decides_once() {
        String boss = employees(1).get(0);
        String nip = employees(1, boss).get(0);
        String herself = TestTokens.employeeToken(DINKES, nip);
        String supervisor = TestTokens.personToken(DINKES, boss, "SUPERVISOR");

        Response noEvidence = report(herself, nip, 6, null, null);
        Response noJp = report(herself, nip, 0, null, "123/SEM/2026");
        Response forColleague = report(TestTokens.employeeToken(DINKES, boss), nip, 6, null, "123/SEM/2026");
        String id = report(herself, nip, 6, null, "123/SEM/2026").body().get("id").asString();
        String approval = "/api/jp-ledgers/" + nip + "/learning/" + id + "/approval";
        Response byAdmin = http().post(approval, admin, "{}");
        Response byHerself = http().post(approval, herself, "{}");
        Response first = http().post(approval, supervisor, "{}");
        Response second = http().post(approval, supervisor, "{}");

        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.body().get("errors").get(0).get("field").asString()).isEqualTo("evidenceUrl");
        assertThat(noJp.body().get("errors").get(0).get("field").asString()).isEqualTo("jp");
        assertThat(forColleague.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byHerself.status()).isEqualTo(403);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
    }

    private Response report(String token, String nip, int jp, String evidenceUrl, String evidenceNumber) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", "SEMINAR",
                "title", "Seminar Pelayanan Publik", "provider", "Ombudsman RI", "completedOn", today.toString(),
                "jp", jp));
        if (evidenceUrl != null) {
            body.put("evidenceUrl", evidenceUrl);
        }
        if (evidenceNumber != null) {
            body.put("evidenceNumber", evidenceNumber);
        }
        return http().post("/api/jp-ledgers/" + nip + "/learning", token, body);
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
