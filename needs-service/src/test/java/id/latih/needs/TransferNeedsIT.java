package id.latih.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import id.latih.events.EventJson;
import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import id.latih.needs.application.ReleaseTransferredNeeds;
import id.latih.testing.EventTap;
import id.latih.testing.ServiceIntegrationTest;
import id.latih.testing.TestHttp.Response;
import id.latih.testing.TestInfrastructure;
import id.latih.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Transfers and needs: an approved transfer takes the person out of the releasing agency's needs (announced again
 * with who remains, withdrawn when no one does; their own needs there withdrawn) and the receiving agency's next
 * analysis counts them; a release interrupted by a crash is finished by the next pass, once.
 */
class TransferNeedsIT extends ServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String IDENTIFIED = "latih.needs.NeedIdentified.v1";
    private static final String CHANGED = "latih.needs.NeedStatusChanged.v1";

    private final String region = "36" + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
    private final String releasing = region + ".DINKES" + letters();
    private final String receiving = region + ".DISDIK" + letters();
    private final String releasingAdmin = TestTokens.token(releasing, "AGENCY_ADMIN", "INTEGRATION");
    private final String receivingAdmin = TestTokens.token(receiving, "AGENCY_ADMIN", "INTEGRATION");
    private final String head = TestTokens.tokenWithClaims(Map.of("sub", "kepala-" + releasing, "agency", releasing,
            "region", region, "province", region.substring(0, 2), "roles", List.of("HEAD_OF_AGENCY")));
    private final String centre = TestTokens.token(region + ".BKPSDM", "INTEGRATION", "REGION_ANALYST");
    private final String needId = "N-2026-" + releasing + "-M.05";

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private ReleaseTransferredNeeds release;

    @Test
    void an_approved_transfer_takes_the_person_out_of_the_releasing_agencys_needs_and_into_the_receiving_analysis() {
        String leaving = registered(releasingAdmin);   // M.05 at 1, rated Kurang in 2025
        String staying = registered(releasingAdmin);   // M.05 at 2
        assess(leaving, 1);
        assess(staying, 2);
        assertThat(http().post("/api/employees/" + leaving + "/performance-ratings", releasingAdmin,
                Map.of("year", 2025, "rating", "KURANG")).status()).isEqualTo(201);
        assertThat(http().post("/api/employees/" + leaving + "/needs-analysis", releasingAdmin,
                Map.of("cycleYear", 2026)).status()).isEqualTo(200);
        approvedAkpk();
        // Gaps 2 (Kurang: x1.5 = 3) and 1: priority 4.
        assertThat(need().get("priority").asDouble()).isEqualTo(4.0);

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            transfer(leaving);

            NeedIdentified again = EventJson.read(tap.await(r -> identified(r, 2), 1, WAIT).get(0).value(),
                    NeedIdentified.class);
            assertThat(again.version()).isEqualTo(2);
            assertThat(again.affectedNips()).containsExactly(staying);
            assertThat(again.staffAffected()).isEqualTo(1);
            assertThat(again.priority()).isEqualTo(1.0);
            NeedStatusChanged own = EventJson.read(tap.await(r -> is(r, "N-2026-" + leaving + "-M.05", CHANGED), 1,
                    WAIT).get(0).value(), NeedStatusChanged.class);
            assertThat(own.toStatus()).isEqualTo("WITHDRAWN");
            assertThat(need().get("staff").findValuesAsString("nip")).containsExactly(staying);
            assertThat(need().get("priority").asDouble()).isEqualTo(1.0);

            transfer(staying);

            NeedStatusChanged withdrawn = EventJson.read(tap.await(r -> is(r, needId, CHANGED), 1, WAIT).get(0)
                    .value(), NeedStatusChanged.class);
            assertThat(withdrawn.toStatus()).isEqualTo("WITHDRAWN");
            assertThat(withdrawn.version()).isEqualTo(3);
        }
        assertThat(need().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(http().post("/api/akpk/2026/analysis", receivingAdmin, Map.of()).status()).isEqualTo(200);
        Response received = http().get("/api/akpk/needs/N-2026-" + receiving + "-M.05", receivingAdmin);
        assertThat(received.status()).as(received.raw()).isEqualTo(200);
        assertThat(received.body().get("staff").findValuesAsString("nip")).containsExactlyInAnyOrder(leaving, staying);
        // Both gaps 2 and 1, and the Kurang rating moved with the person: 3 + 1.
        assertThat(received.body().get("priority").asDouble()).isEqualTo(4.0);
    }

    @Test
    void a_release_interrupted_after_the_transfers_write_is_finished_by_the_next_pass_and_announced_once() {
        String leaving = registered(releasingAdmin);
        String staying = registered(releasingAdmin);
        assess(leaving, 1);
        assess(staying, 2);
        approvedAkpk();

        try (EventTap tap = new EventTap(TestInfrastructure.get().kafkaBrokers(), "latih.needs.events")) {
            // What the transfer's own write leaves when the service stops before releasing the needs.
            mongo.updateFirst(query(where("_id").is(leaving)), new Update().set("agencyCode", receiving)
                    .addToSet("needsToRelease", releasing), "employees");
            assertThat(need().get("staff").findValuesAsString("nip")).contains(leaving);

            release.releaseAllPending();
            release.releaseAllPending();

            assertThat(need().get("staff").findValuesAsString("nip")).containsExactly(staying);
            assertThat(mongo.findById(needId, Document.class, "agency_needs").get("version", Number.class)
                    .longValue()).as("announced again once").isEqualTo(2);
            tap.await(r -> identified(r, 2), 1, WAIT);
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> tap.seen().stream()
                    .filter(r -> identified(r, 2)).count() == 1 && tap.seen().stream().noneMatch(r -> identified(r, 3)));
        }
        assertThat(mongo.exists(query(where("_id").is(leaving).and("needsToRelease").exists(true)), "employees"))
                .isFalse();
    }

    private void transfer(String nip) {
        Response requested = http().post("/api/employees", receivingAdmin, Map.of("nip", nip, "name", "Pegawai",
                "employmentType", "PNS", "jobType", "ADMINISTRATOR", "positionTitle", "Kepala Seksi"));
        assertThat(requested.status()).as(requested.raw()).isEqualTo(202);
        Response approved = http().post("/api/employee-transfers/" + nip + "/approval", releasingAdmin, Map.of());
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
    }

    private void approvedAkpk() {
        http().put("/api/akpk/2026/cycle", centre, Map.of("deadline", "2026-12-31"));
        assertThat(http().post("/api/akpk/2026/analysis", releasingAdmin, Map.of()).status()).isEqualTo(200);
        assertThat(http().post("/api/akpk/2026/verification", releasingAdmin, Map.of()).status()).isEqualTo(200);
        assertThat(http().post("/api/akpk/2026/approval", head, Map.of()).status()).isEqualTo(200);
        assertThat(need().get("status").asString()).isEqualTo("IDENTIFIED");
    }

    private tools.jackson.databind.JsonNode need() {
        Response need = http().get("/api/akpk/needs/" + needId, releasingAdmin);
        assertThat(need.status()).as(need.raw()).isEqualTo(200);
        return need.body();
    }

    private static boolean is(ConsumerRecord<byte[], byte[]> r, String subject, String type) {
        return subject.equals(EventTap.header(r, "ce_subject")) && type.equals(EventTap.header(r, "ce_type"));
    }

    /** The announcement of the need at {@code version} (the tap may also see the approval's first one). */
    private boolean identified(ConsumerRecord<byte[], byte[]> r, long version) {
        return is(r, needId, IDENTIFIED) && EventJson.read(r.value(), NeedIdentified.class).version() == version;
    }

    private void assess(String nip, int level) {
        Response recorded = http().post("/api/employees/" + nip + "/assessments", releasingAdmin, Map.of(
                "competencyCode", "M.05", "assessedLevel", level, "method", "ASSESSMENT_CENTER",
                "assessedOn", "2026-01-10"));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
    }

    private String registered(String token) {
        String nip = TestNips.unique("199001012015012");
        Response created = http().post("/api/employees", token, Map.of("nip", nip, "name", "Pegawai",
                "employmentType", "PNS", "jobType", "ADMINISTRATOR", "positionTitle", "Kepala Seksi"));
        return created.status() == 201 ? nip : registered(token);
    }

    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase().substring(0, 3);
    }
}
