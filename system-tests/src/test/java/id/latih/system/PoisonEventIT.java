package id.latih.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.latih.embedded.Ports;
import id.latih.testing.TestHttp;
import id.latih.testing.TestHttp.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a newcomer tries first on a platform that serves every agency: a field far too large, and an event the broker
 * will never accept. The first is refused at the door; the second is parked for an operator, and the events after it,
 * of other employees, still reach the services that follow them within seconds.
 */
@ExtendWith(SharedPlatform.class)
class PoisonEventIT {

    private static final String TOPIC = "latih.needs.events";
    /** Smaller than an event of a long name and title, larger than an ordinary registration's record. */
    private static final String RECORD_LIMIT = "1200";
    /** Javanese script: three bytes a character in UTF-8, so a name within the field limits makes a large record. */
    private static final String AKSARA_JAWA = "\uA9B1";
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(20);

    @Test
    void a_five_megabyte_field_is_refused_at_the_gateway_with_a_problem(RunningPlatform platform) {
        Response refused = platform.gateway().post("/api/employees", platform.token("dinkes-bandung"),
                employee("198801012012011003", "x".repeat(5_000_000), "Staf"));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).isEqualTo("https://latih.id/problems/too-large");
    }

    @Test
    void an_event_the_broker_refuses_is_parked_and_the_next_registration_still_reaches_enrollment(
            RunningPlatform platform) throws Exception {
        TestHttp gateway = platform.gateway();
        String dinkes = platform.token("dinkes-bandung");
        TestHttp needsService = new TestHttp("http://localhost:" + ports().needs());
        String operator = platform.token("latih-operator");
        String programId = openProgram(gateway, platform.token("bkpsdm-bandung"), dinkes);
        String poison = "198801012012012001";
        String next = "198801012012011002";

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ports().brokers()))) {
            recordLimit(admin, AlterConfigOp.OpType.SET);
            try {
                assertThat(gateway.post("/api/employees", dinkes, employee(poison, AKSARA_JAWA.repeat(150),
                        AKSARA_JAWA.repeat(200))).status()).isEqualTo(201);
                assertThat(gateway.post("/api/employees", dinkes, employee(next, "Dewi Lestari", "Staf")).status())
                        .isEqualTo(201);

                long registered = System.nanoTime();
                await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(250)).until(() -> gateway.post(
                        "/api/enrollments", dinkes, Map.of("programId", programId, "nip", next)).status() == 201);
                System.out.println("The registration after the poison reached enrollment-service in "
                        + (System.nanoTime() - registered) / 1_000_000 + " ms");
                await().atMost(WITHIN_SECONDS).until(() -> needsService.get("/actuator/parkedevents", operator)
                        .raw().contains(poison));
            } finally {
                recordLimit(admin, AlterConfigOp.OpType.DELETE);
            }
        }

        Response republished = needsService.post("/actuator/parkedevents", operator, Map.of());
        assertThat(republished.status()).as(republished.raw()).isEqualTo(200);
        await().atMost(WITHIN_SECONDS).until(() -> gateway.post("/api/enrollments", dinkes,
                Map.of("programId", programId, "nip", poison)).status() == 201);
        assertThat(needsService.get("/actuator/parkedevents", operator).raw()).doesNotContain(poison);
    }

    private static String openProgram(TestHttp gateway, String designer, String agency) {
        Response program = gateway.post("/api/programs", designer, Map.of("title", "Orientasi Pelayanan",
                "competencyCode", "M.04", "route", "KLASIKAL", "method", "CLASS", "jp", 8, "capacity", 10,
                "startDate", LocalDate.now().toString(), "endDate", LocalDate.now().plusDays(1).toString(),
                "needIds", List.of()));
        assertThat(program.status()).as(program.raw()).isEqualTo(201);
        String programId = program.body().get("id").asString();
        await().atMost(WITHIN_SECONDS).until(() -> gateway.get("/api/offerings", agency).body()
                .findValuesAsString("programId").contains(programId));
        return programId;
    }

    private static void recordLimit(Admin admin, AlterConfigOp.OpType op) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
        Collection<AlterConfigOp> change = List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes",
                RECORD_LIMIT), op));
        admin.incrementalAlterConfigs(Map.of(topic, change)).all().get();
    }

    private static Map<String, Object> employee(String nip, String name, String positionTitle) {
        return Map.of("nip", nip, "name", name, "employmentType", "PNS", "jobType", "PELAKSANA",
                "positionTitle", positionTitle);
    }

    private static Ports ports() {
        return Ports.from(Map.of("port-base", String.valueOf(RunningPlatform.GATEWAY)));
    }
}
