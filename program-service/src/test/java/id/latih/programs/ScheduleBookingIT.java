package id.latih.programs;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A facilitator or a room is booked by exactly one program at a time, however many publications race for it: the
 * booking is the guarded write. Each test uses a room and facilitators of its own.
 */
class ScheduleBookingIT extends ServiceIntegrationTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final String bkpsdm = TestTokens.token("3273.BKPSDM", "PROGRAM_DESIGNER");
    private final String dinkes = TestTokens.token("3273.DINKES", "PROGRAM_DESIGNER");
    @Autowired
    MongoTemplate mongo;

    @Test
    void of_eight_concurrent_publications_of_one_room_at_overlapping_times_exactly_one_succeeds() throws Exception {
        String room = "Ruang Rapat " + UUID.randomUUID();
        List<Callable<Response>> publications = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // 08:00-10:00, 08:15-10:15 ... all overlap one another
            Map<String, Object> body = program(session(8, i * 15, 120, room, "Fasilitator " + UUID.randomUUID()));
            String token = i % 2 == 0 ? bkpsdm : dinkes;
            publications.add(() -> http().post("/api/programs", token, body));
        }

        List<Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Response> answer : pool.invokeAll(publications)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() == 400).hasSize(7)
                .allSatisfy(r -> assertThat(r.body().get("errors").get(0).get("field").asString())
                        .isEqualTo("sessions[0].place"));
    }

    @Test
    void of_concurrent_publications_of_one_facilitator_exactly_one_succeeds() throws Exception {
        String facilitator = "Dr. Sari " + UUID.randomUUID();
        List<Callable<Response>> publications = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = program(session(13, i * 10, 90, "Ruang " + UUID.randomUUID(), facilitator));
            publications.add(() -> http().post("/api/programs", bkpsdm, body));
        }

        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Response> answer : pool.invokeAll(publications)) {
                statuses.add(answer.get().status());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnly(201, 400).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void a_cancelled_program_frees_its_room_and_a_revision_frees_the_time_it_gave_up() {
        String room = "Aula " + UUID.randomUUID();
        Map<String, Object> morning = program(session(9, 0, 60, room, null));
        Response first = http().post("/api/programs", bkpsdm, morning);
        assertThat(first.status()).isEqualTo(201);
        String firstId = first.body().get("id").asString();
        Map<String, Object> sameMorning = program(session(9, 30, 60, room, null));
        assertThat(http().post("/api/programs", dinkes, sameMorning).status()).isEqualTo(400);

        Map<String, Object> afternoon = program(session(14, 0, 60, room, null));
        assertThat(http().post("/api/programs/" + firstId + "/revisions", bkpsdm, afternoon).status())
                .isEqualTo(200);
        Response second = http().post("/api/programs", dinkes, sameMorning);
        assertThat(second.status()).isEqualTo(201);
        assertThat(http().post("/api/programs", dinkes, program(session(14, 30, 30, room, null))).status())
                .isEqualTo(400);

        assertThat(http().post("/api/programs/" + firstId + "/cancel", bkpsdm, Map.of("reason", "Ditunda"))
                .status()).isEqualTo(200);
        assertThat(http().post("/api/programs", dinkes, program(session(14, 30, 30, room, null))).status())
                .isEqualTo(201);
    }

    @Test
    void a_refused_publication_keeps_no_hold_on_the_rooms_it_did_get() {
        String freeRoom = "Ruang Bebas " + UUID.randomUUID();
        String takenRoom = "Ruang Terpakai " + UUID.randomUUID();
        assertThat(http().post("/api/programs", bkpsdm, program(session(10, 0, 60, takenRoom, null))).status())
                .isEqualTo(201);
        // books the free room (S-1) first, then finds the taken one (S-2) booked
        Map<String, Object> both = program(session(8, 0, 60, freeRoom, null), session(10, 0, 60, takenRoom, null));

        Response refused = http().post("/api/programs", dinkes, both);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("sessions[1].place");
        assertThat(http().post("/api/programs", dinkes, program(session(8, 0, 60, freeRoom, null))).status())
                .isEqualTo(201);
    }

    @Test
    void a_revision_that_moves_a_session_to_another_room_frees_the_first_room() {
        String first = "Aula Lama " + UUID.randomUUID();
        String second = "Aula Baru " + UUID.randomUUID();
        Response published = http().post("/api/programs", bkpsdm, program(session(9, 0, 60, first, null)));
        String id = published.body().get("id").asString();

        assertThat(http().post("/api/programs/" + id + "/revisions", bkpsdm, program(session(9, 0, 60, second, null)))
                .status()).isEqualTo(200);

        assertThat(http().post("/api/programs", dinkes, program(session(9, 0, 60, first, null))).status())
                .isEqualTo(201);
        assertThat(http().post("/api/programs", dinkes, program(session(9, 0, 60, second, null))).status())
                .isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_hold_left_by_a_publication_that_was_never_stored_lapses_but_a_fresh_one_blocks() {
        String room = "Ruang Sisa " + UUID.randomUUID();
        Map<String, Object> wanted = program(session(11, 0, 60, room, null));
        Instant start = Instant.parse((String) ((List<Map<String, Object>>) wanted.get("sessions")).get(0).get("startsAt"));
        leaveHold(room, "P-crashed-" + UUID.randomUUID(), start, Instant.now().minusSeconds(600));
        String fresh = "Ruang Proses " + UUID.randomUUID();
        leaveHold(fresh, "P-in-flight-" + UUID.randomUUID(), start, Instant.now());

        assertThat(http().post("/api/programs", bkpsdm, wanted).status()).isEqualTo(201);
        assertThat(http().post("/api/programs", bkpsdm, program(session(11, 0, 60, fresh, null))).status())
                .isEqualTo(400);
    }

    /** A hold as a publication leaves it when the service stops between booking and storing the program. */
    private void leaveHold(String room, String programId, Instant start, Instant heldSince) {
        mongo.insert(new Document("_id", "3273|place|" + room).append("regionCode", "3273").append("field", "place")
                .append("name", room).append("version", 1L).append("holds", List.of(new Document("programId", programId)
                        .append("sessionId", "S-1").append("startsAt", Date.from(start))
                        .append("endsAt", Date.from(start.plusSeconds(3600))).append("heldSince", Date.from(heldSince)))),
                "bookings");
    }

    private static LocalDate day() {
        return LocalDate.now(WIB).plusDays(21);
    }

    private static Map<String, Object> session(int hour, int minute, int minutes, String place, String facilitator) {
        Instant start = day().atTime(LocalTime.of(hour, 0)).plusMinutes(minute).atZone(WIB).toInstant();
        Map<String, Object> session = new HashMap<>();
        session.put("startsAt", start.toString());
        session.put("endsAt", start.plusSeconds(60L * minutes).toString());
        session.put("place", place);
        if (facilitator != null) {
            session.put("facilitator", facilitator);
        }
        return session;
    }

    @SafeVarargs
    private static Map<String, Object> program(Map<String, Object>... sessions) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Penyusunan Anggaran Kinerja");
        body.put("competencyCode", "M.04");
        body.put("route", "KLASIKAL");
        body.put("method", "CLASS");
        body.put("jp", 4);
        body.put("capacity", 20);
        body.put("startDate", day().toString());
        body.put("endDate", day().toString());
        body.put("sessions", List.of(sessions));
        return body;
    }
}
