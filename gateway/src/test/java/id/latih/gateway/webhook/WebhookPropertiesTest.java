package id.latih.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookPropertiesTest {

    private static WebhookProperties defaults() {
        return new WebhookProperties(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void the_wait_doubles_after_each_failed_attempt_from_ten_seconds_up_to_an_hour() {
        WebhookProperties settings = defaults();

        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.backoff(7)).isEqualTo(Duration.ofSeconds(640));
        assertThat(settings.backoff(9)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(settings.backoff(10)).as("5,120 s, capped").isEqualTo(Duration.ofHours(1));
        assertThat(settings.backoff(60)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_lease_no_longer_than_an_attempt_is_refused() {
        assertThatThrownBy(() -> new WebhookProperties(null, null, null, null, null, null, null,
                Duration.ofSeconds(30), null, null, null, Duration.ofSeconds(30), null, null, null))
                .hasMessageContaining("lease");
    }
}
