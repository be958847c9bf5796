package id.latih.enrollments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.latih.enrollments.domain.CheckInCodes.Expired;
import id.latih.enrollments.domain.CheckInCodes.Forged;
import id.latih.enrollments.domain.CheckInCodes.Valid;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInCodesTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";
    // 1,000,000,030 s is window 16,666,667 of 60 s (which began at 1,000,000,020 s)
    private static final Instant SHOWN = Instant.ofEpochSecond(1_000_000_030L);
    private final CheckInCodes codes = new CheckInCodes(SECRET, Duration.ofSeconds(60));

    @Test
    void a_code_is_accepted_in_its_window_and_the_next_so_until_the_start_of_the_window_after() {
        CheckInCodes.Issued issued = codes.issue("P-1", "S-1", SHOWN);

        // (16,666,667 + 2) x 60 = 1,000,000,140
        assertThat(issued.acceptedUntil()).isEqualTo(Instant.ofEpochSecond(1_000_000_140L));
        assertThat(codes.read(issued.code(), SHOWN)).isEqualTo(new Valid("P-1", "S-1"));
        assertThat(codes.read(issued.code(), Instant.ofEpochSecond(1_000_000_139L))).isEqualTo(new Valid("P-1", "S-1"));
        assertThat(codes.read(issued.code(), Instant.ofEpochSecond(1_000_000_140L)))
                .isEqualTo(new Expired("P-1", "S-1"));
    }

    @Test
    void a_code_from_an_instance_whose_clock_runs_one_window_ahead_is_still_accepted_two_are_not() {
        String ahead = codes.issue("P-1", "S-1", SHOWN.plusSeconds(60)).code();
        String farAhead = codes.issue("P-1", "S-1", SHOWN.plusSeconds(120)).code();

        assertThat(codes.read(ahead, SHOWN)).isInstanceOf(Valid.class);
        assertThat(codes.read(farAhead, SHOWN)).isInstanceOf(Expired.class);
    }

    @Test
    void an_altered_code_or_one_signed_with_another_secret_is_forged() {
        String code = codes.issue("P-1", "S-1", SHOWN).code();
        String[] parts = code.split("\\.");
        String otherSession = codes.issue("P-1", "S-2", SHOWN).code().split("\\.")[2];
        String lastChanged = code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A");

        assertThat(codes.read(parts[0] + "." + parts[1] + "." + otherSession + "." + parts[3] + "." + parts[4], SHOWN))
                .isInstanceOf(Forged.class);
        assertThat(codes.read(parts[0] + "." + parts[1] + "." + parts[2] + "." + (Long.parseLong(parts[3]) + 5) + "."
                + parts[4], SHOWN)).isInstanceOf(Forged.class);
        assertThat(codes.read(lastChanged, SHOWN)).isInstanceOf(Forged.class);
        assertThat(new CheckInCodes(SECRET.toUpperCase(), Duration.ofSeconds(60)).read(code, SHOWN))
                .isInstanceOf(Forged.class);
        assertThat(codes.read("CI.x.y.z.w", SHOWN)).isInstanceOf(Forged.class);
        assertThat(codes.read("", SHOWN)).isInstanceOf(Forged.class);
        assertThat(codes.read(null, SHOWN)).isInstanceOf(Forged.class);
    }

    @Test
    void a_short_secret_is_refused_at_start() {
        assertThatThrownBy(() -> new CheckInCodes("short", Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
