package id.latih.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void the_default_base_keeps_the_familiar_ports() {
        assertThat(Ports.from(Map.of())).isEqualTo(new Ports(8080, 8081, 8082, 8083, 8084, 9000, 9092, 9093, 27017));
    }

    @Test
    void another_base_moves_every_port_so_two_instances_share_none() {
        Ports first = Ports.from(Map.of());
        Ports second = Ports.from(Map.of("port-base", "18080"));

        Set<Integer> used = new HashSet<>(all(first));
        assertThat(all(second)).doesNotContainAnyElementsOf(used).doesNotHaveDuplicates();
        assertThat(second.kafkaController()).isEqualTo(19093);
    }

    @Test
    void a_port_given_on_its_own_wins_over_the_base() {
        Ports ports = Ports.from(Map.of("port-base", "18080", "store-port", "27117"));

        assertThat(ports.store()).isEqualTo(27117);
        assertThat(ports.kafka()).isEqualTo(19092);
    }

    @Test
    void a_base_that_pushes_a_port_past_65535_is_refused_with_a_hint() {
        assertThatThrownBy(() -> Ports.from(Map.of("port-base", "50000")))
                .hasMessageContaining("--port-base");
    }

    private static List<Integer> all(Ports p) {
        return List.of(p.gateway(), p.needs(), p.programs(), p.enrollments(), p.evaluations(), p.auth(), p.kafka(),
                p.kafkaController(), p.store());
    }
}
