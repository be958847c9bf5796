package id.latih.enrollments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.events.ProgramClosed;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The replicas of programs and employees end in their owner's latest state, whatever order events arrive in. */
class ReplicaOrderingIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PROGRAMS = "latih.programs.events";
    private static final String NEEDS = "latih.needs.events";

    @Autowired
    MongoTemplate mongo;

    @Test
    void a_stale_revision_does_not_overwrite_a_newer_one() {
        String programId = "P-" + UUID.randomUUID();
        TestKafka.send(PROGRAMS, published(programId, 1));
        TestKafka.send(PROGRAMS, revised(programId, 3, "Pelayanan Prima Lanjutan", 30));
        TestKafka.send(PROGRAMS, revised(programId, 2, "Pelayanan Prima Dasar", 20));
        TestKafka.send(PROGRAMS, new ProgramClosed(UUID.randomUUID(), Instant.now(), "3273.BKPSDM", programId, 4));

        // The close comes last in the program's partition: once it shows, the stale revision has been read too.
        await().atMost(WAIT).until(() -> "CLOSED".equals(offering(programId).getString("status")));
        Document offering = offering(programId);
        assertThat(offering.getString("title")).isEqualTo("Pelayanan Prima Lanjutan");
        assertThat(offering.getInteger("capacity")).isEqualTo(30);
    }

    @Test
    void a_revision_that_arrives_before_its_program_is_applied_once_the_program_arrives() {
        String programId = "P-" + UUID.randomUUID();
        TestKafka.send(PROGRAMS, 0, revised(programId, 2, "Pelayanan Prima Lanjutan", 30));
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        assertThat(mongo.findById(programId, Document.class, "offerings")).as("no half-built offering").isNull();

        TestKafka.send(PROGRAMS, 1, published(programId, 1));

        await().atMost(WAIT).until(() -> offering(programId) != null
                && "Pelayanan Prima Lanjutan".equals(offering(programId).getString("title")));
        Document offering = offering(programId);
        assertThat(offering.getInteger("capacity")).isEqualTo(30);
        assertThat(offering.getString("status")).isEqualTo("OPEN");
        assertThat(offering.getString("competencyCode")).isEqualTo("M.05");
    }

    @Test
    void an_employee_update_that_arrives_before_the_registration_is_applied_after_it() {
        String nip = "19850315201001" + (1000 + (int) (Math.random() * 8999));
        TestKafka.send(NEEDS, 2, new EmployeeUpdated(UUID.randomUUID(), Instant.now(), "3273.DINKES", nip,
                "Siti Aminah, S.Kep.", "PNS", "Perawat Ahli Pertama", "FUNGSIONAL", null, 2));
        TestKafka.send(NEEDS, 3, new EmployeeRegistered(UUID.randomUUID(), Instant.now(), "3273.DINKES", nip,
                "Siti Aminah", "PNS", "Perawat Terampil", "FUNGSIONAL", null, 1));

        await().atMost(WAIT).until(() -> {
            Document employee = mongo.findById(nip, Document.class, "employees");
            return employee != null && "Siti Aminah, S.Kep.".equals(employee.getString("name"));
        });
    }

    private Document offering(String programId) {
        return mongo.findById(programId, Document.class, "offerings");
    }

    private static ProgramPublished published(String programId, long version) {
        return new ProgramPublished(UUID.randomUUID(), Instant.now(), "3273.BKPSDM", programId, "Pelayanan Prima",
                "M.05", "KLASIKAL", "WORKSHOP", 24, 25, LocalDate.now(), LocalDate.now().plusDays(3), List.of(),
                version);
    }

    private static ProgramRevised revised(String programId, long version, String title, int capacity) {
        return new ProgramRevised(UUID.randomUUID(), Instant.now(), "3273.BKPSDM", programId, title, 24, capacity,
                LocalDate.now(), LocalDate.now().plusDays(4), version);
    }
}
