package id.latih.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.embedded.demo.Demo;
import id.latih.embedded.demo.DemoReport;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./latih demo} at its smallest size against the running platform: a year of the cycle for three agencies of
 * two regions through the gateway, then the invariants as the demo checks them (no seat oversold, no quota
 * exceeded, one evaluation per completion, every approved AKPK need in program-service's backlog, JP ledgers equal
 * to the completions, nothing dead-lettered or parked). Run twice with the same seed: the second run adds nothing.
 */
@ExtendWith(SharedPlatform.class)
class ProvinceDemoIT {

    @Test
    void a_small_province_runs_its_year_and_every_invariant_holds_and_a_second_run_adds_nothing(
            RunningPlatform platform) {
        Assumptions.assumeTrue(System.getProperty("latih.system.gateway") == null,
                "the demo reads the services' actuators on the launcher's ports");
        String[] args = {"--port-base=" + RunningPlatform.GATEWAY, "--staff-per-agency=4", "--seed=11"};

        DemoReport first = Demo.run(args);

        assertThat(first.checks()).allSatisfy(check -> assertThat(check.holds()).as(check.invariant() + ": "
                + check.detail()).isTrue());
        assertThat(first.checks()).hasSize(6);
        assertThat(first.counts().get("employees created")).isEqualTo(12);
        assertThat(first.counts().get("approved AKPK needs")).isPositive();
        assertThat(first.counts().get("nominations WAITLISTED")).as("the popular class overbooked").isPositive();
        assertThat(first.counts().get("completion COMPLETED")).isPositive();
        assertThat(first.counts().get("certificates verified")).isEqualTo(first.counts().get("completion COMPLETED"));
        assertThat(first.eventsPublished()).isPositive();
        assertThat(first.wall()).isLessThan(Duration.ofMinutes(2));

        DemoReport second = Demo.run(args);

        assertThat(second.invariantsHold()).isTrue();
        assertThat(second.eventsPublished()).as("events published by the second run").isZero();
        assertThat(second.counts()).doesNotContainKeys("employees created", "assessments", "pooled programs",
                "programs for one agency", "popular programs", "completion COMPLETED", "pre/post tests");
    }
}
