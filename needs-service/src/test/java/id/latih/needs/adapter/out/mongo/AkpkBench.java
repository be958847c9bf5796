package id.latih.needs.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.Nip;
import id.latih.needs.domain.PerformanceRating;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The AKPK analysis of one agency of {@code bench.employees} (default 20,000) employees x 12 competencies (M.01-M.08,
 * SK.01 and three technical ones in the position's standard), each with an assessment-centre level and an SKP
 * rating, then its verification and approval (the announcements). Not part of the build's tests (the name matches no
 * test pattern); {@code bench/akpk.sh} runs it. Prints lines starting "BENCH". The employees are written straight to
 * the store (registration is not what is measured); the cycle, analysis and approval go through the API.
 */
class AkpkBench extends ServiceIntegrationTest {

    private static final List<String> CODES = List.of("M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07",
            "M.08", "SK.01", "T.BENCH.01", "T.BENCH.02", "T.BENCH.03");

    @Autowired
    MongoTemplate mongo;

    @Test
    void analyse_an_agency() {
        int employees = Integer.getInteger("bench.employees", 20_000);
        String agency = "3699.BENCH";
        String admin = TestTokens.token(agency, "AGENCY_ADMIN", "INTEGRATION");
        for (int t = 1; t <= 3; t++) {
            http().put("/api/competencies/T.BENCH.0" + t, admin, Map.of("name", "Bench " + t, "description", "x",
                    "levelDescriptors", List.of("1", "2", "3", "4", "5")));
        }
        List<Map<String, Object>> levels = new ArrayList<>();
        CODES.stream().filter(c -> c.startsWith("T.")).forEach(c -> levels.add(Map.of("competencyCode", c,
                "level", 3)));
        http().put("/api/position-standards", admin, Map.of("positionTitle", "Pelaksana Bench",
                "requiredLevels", levels));
        long loading = System.nanoTime();
        insertEmployees(agency, employees);
        long loaded = System.nanoTime();
        http().put("/api/akpk/2026/cycle", TestTokens.token("3699.BKPSDM", "INTEGRATION", "REGION_ANALYST"),
                Map.of("deadline", "2026-12-31"));

        long reading = System.nanoTime();
        long read;
        try (var stream = mongo.stream(Query.query(Criteria.where("agencyCode").is(agency)),
                EmployeeDocument.class)) {
            read = stream.map(EmployeeDocument::toEmployee).count();
        }
        long readDone = System.nanoTime();
        System.gc();
        long analysing = System.nanoTime();
        Response analysed = http().post("/api/akpk/2026/analysis", admin, Map.of());
        long analysed_ = System.nanoTime();
        http().post("/api/akpk/2026/verification", admin, Map.of());
        String head = TestTokens.tokenWithClaims(Map.of("sub", "kepala", "agency", agency, "region", "3699",
                "province", "36", "roles", List.of("HEAD_OF_AGENCY")));
        long approving = System.nanoTime();
        Response approved = http().post("/api/akpk/2026/approval", head, Map.of());
        long approved_ = System.nanoTime();

        assertThat(analysed.status()).as(analysed.raw()).isEqualTo(200);
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("BENCH employees=%d competencies=%d needs=%d staffAffected=%d%n", employees, CODES.size(),
                analysed.body().get("needs").asInt(), analysed.body().get("staffAffected").asInt());
        System.out.printf("BENCH store load %.1f s (not part of the analysis)%n", (loaded - loading) / 1e9);
        System.out.printf("BENCH store read of the %d employees alone %.2f s (part of the analysis)%n", read,
                (readDone - reading) / 1e9);
        System.out.printf("BENCH analysis %.2f s, approval (announcements written) %.2f s%n",
                (analysed_ - analysing) / 1e9, (approved_ - approving) / 1e9);
        System.out.printf("BENCH heap max %d MB, used after %d MB (test JVM: service, in-JVM store and broker)%n",
                heap.getMax() >> 20, heap.getUsed() >> 20);
    }

    private void insertEmployees(String agency, int count) {
        Random random = new Random(42);
        List<EmployeeDocument> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Born 1980-01-dd, CPNS 2005-01, gender 1 or 2, sequence: 2,000 distinct NIPs per birth day.
            String nip = String.format("198001%02d200501%d%03d", 1 + i / 2000, 1 + (i / 1000) % 2, i % 1000);
            Employee employee = Employee.register(Nip.parse(nip, EmploymentType.PNS), agency, "Pegawai " + i,
                    EmploymentType.PNS, JobType.ADMINISTRATOR, "Pelaksana Bench", null)
                    .withPerformanceRating(2025, PerformanceRating.values()[random.nextInt(5)]);
            for (String code : CODES) {
                employee = employee.withAssessment(new Assessment(code, 1 + random.nextInt(5), 0,
                        "ASSESSMENT_CENTER", LocalDate.of(2026, 1, 10)));
            }
            batch.add(EmployeeDocument.of(employee, List.of()));
            if (batch.size() == 1000) {
                mongo.insertAll(batch);
                batch.clear();
            }
        }
        mongo.insertAll(batch);
    }
}
