package id.latih.enrollments;

import static org.awaitility.Awaitility.await;

import id.latih.events.EmployeeRegistered;
import id.latih.events.ProgramPublished;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Programs and employees of Dinas Kesehatan Kota Bandung, replicated before a scenario goes on. */
abstract class EnrollmentScenario extends ServiceIntegrationTest {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final String DINKES = "3273.DINKES";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);
    protected final String admin = TestTokens.token(DINKES, "AGENCY_ADMIN");

    protected Response enrollWithKey(String key, ProgramPublished program, String nip) {
        return http().withHeader("Idempotency-Key", key).post("/api/enrollments", admin,
                Map.of("programId", program.programId(), "nip", nip));
    }

    protected Response enroll(ProgramPublished program, String nip) {
        return http().post("/api/enrollments", admin, Map.of("programId", program.programId(), "nip", nip));
    }

    protected String status(String enrollmentId) {
        return http().get("/api/enrollments/" + enrollmentId, admin).body().get("status").asString();
    }

    protected int seatsTaken(ProgramPublished program) {
        return offering(program).get("seatsTaken").asInt();
    }

    protected tools.jackson.databind.JsonNode offering(ProgramPublished program) {
        for (var o : http().get("/api/offerings", admin).body()) {
            if (program.programId().equals(o.get("programId").asString())) {
                return o;
            }
        }
        throw new AssertionError("no offering " + program.programId());
    }

    protected ProgramPublished program(int capacity, int jp, LocalDate start, LocalDate end) {
        ProgramPublished program = new ProgramPublished(UUID.randomUUID(), Instant.now(), "3273.BKPSDM",
                "P-" + UUID.randomUUID(), "Pelayanan Prima", "M.05", "KLASIKAL", "WORKSHOP", jp, capacity,
                start, end, List.of(), 1);
        TestKafka.send("latih.programs.events", program);
        await().atMost(WAIT).until(() -> http().get("/api/offerings", admin).body().findValuesAsString("programId")
                .contains(program.programId()));
        return program;
    }

    protected List<String> employees(int count) {
        return employees(count, null);
    }

    protected List<String> employees(int count, String supervisorNip) {
        return employees(count, supervisorNip, "PNS");
    }

    protected List<String> employees(int count, String supervisorNip, String employmentType) {
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String nip = "198503152010012" + String.format("%03d", SEQUENCE.incrementAndGet());
            TestKafka.send("latih.needs.events", new EmployeeRegistered(UUID.randomUUID(), Instant.now(), DINKES, nip,
                    "Pegawai " + i, employmentType, "Staf", "PELAKSANA", supervisorNip, 1));
            nips.add(nip);
        }
        String last = nips.get(nips.size() - 1);
        await().atMost(WAIT).until(() -> http().post("/api/enrollments", admin,
                Map.of("programId", "P-none", "nip", last)).status() == 404);
        return nips;
    }

    protected ProgramPublished program(int capacity) {
        return program(capacity, 24, LocalDate.now(), LocalDate.now().plusDays(3));
    }
}
