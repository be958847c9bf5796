package id.latih.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.gateway.webhook.WebhookSender.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void any_2xx_is_delivered(int status) {
        assertThat(Outcome.of(status).delivered()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void a_timeout_too_many_requests_or_server_error_is_tried_again(int status) {
        Outcome outcome = Outcome.of(status);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.retryable()).isTrue();
        assertThat(outcome.error()).isEqualTo("answered " + status);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307, 400, 401, 403, 404, 410, 413, 422})
    void another_4xx_or_a_redirect_is_final(int status) {
        Outcome outcome = Outcome.of(status);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.retryable()).isFalse();
    }

    @Test
    void no_answer_is_tried_again_with_a_short_reason() {
        Outcome outcome = Outcome.noAnswer("x".repeat(500));

        assertThat(outcome.retryable()).isTrue();
        assertThat(outcome.status()).isZero();
        assertThat(outcome.error()).hasSize(200);
    }
}
