package id.latih.evaluations;

import static org.awaitility.Awaitility.await;

import id.latih.events.TrainingCompleted;
import id.latih.testing.TestHttp;
import id.latih.testing.TestKafka;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Test fixture: a participant of the agency completes a program, and the evaluation file it opens is awaited. */
final class CompletedTrainings {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private CompletedTrainings() {
    }

    /** Returns the id of the evaluation file the completion opened. */
    static String completed(TestHttp http, String agency, String programId, String nip, LocalDate on) {
        TrainingCompleted completed = new TrainingCompleted(UUID.randomUUID(), Instant.now(), agency,
                "E-" + UUID.randomUUID(), programId, nip, "M.05", 24, on);
        TestKafka.send("latih.enrollments.events", completed);
        String fileId = "EV-" + completed.enrollmentId();
        String admin = TestTokens.token(agency, "AGENCY_ADMIN");
        await().atMost(WAIT).until(() -> http.get("/api/evaluations/" + fileId, admin).status() == 200);
        return fileId;
    }
}
