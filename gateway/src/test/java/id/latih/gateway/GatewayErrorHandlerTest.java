package id.latih.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class GatewayErrorHandlerTest {

    @Test
    void an_unexpected_error_is_a_500_problem_that_reveals_nothing_inside() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/needs"));

        new GatewayErrorHandler().handle(exchange, new IllegalStateException("pool exhausted at 10.0.3.7")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String body = exchange.getResponse().getBodyAsString().block();
        assertThat(body).contains("\"type\":\"https://latih.id/problems/internal\"").doesNotContain("10.0.3.7");
    }
}
