package id.latih.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookUrlsTest {

    private final WebhookUrls production = new WebhookUrls(false);
    private final WebhookUrls development = new WebhookUrls(true);

    @Test
    void https_to_a_public_address_is_accepted() {
        assertThat(production.refusal("https://93.184.216.34/hooks/latih?x=1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.1.2.3/hook", "https://172.16.0.9/hook", "https://192.168.1.1/hook",
            "https://127.0.0.1/hook", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/hook",
            "https://0.0.0.0/hook", "https://[::1]/hook", "https://[fd00::1]/hook", "https://[fe80::1]/hook",
            "https://localhost/hook", "https://224.0.0.1/hook"})
    void an_address_inside_the_network_is_refused(String url) {
        assertThat(production.refusal(url)).contains("must not point at a private, loopback or link-local address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/hook", "ftp://93.184.216.34/hook", "//93.184.216.34/hook"})
    void anything_but_https_is_refused(String url) {
        assertThat(production.refusal(url)).isPresent();
    }

    @Test
    void user_info_a_fragment_or_no_url_at_all_is_refused() {
        assertThat(production.refusal("https://user:pw@93.184.216.34/hook")).isPresent();
        assertThat(production.refusal("https://93.184.216.34/hook#x")).isPresent();
        assertThat(production.refusal("not a url")).isPresent();
        assertThat(production.refusal("")).contains("is required");
        assertThat(production.refusal("https://93.184.216.34/" + "a".repeat(2000))).contains("at most 2000 characters");
    }

    @Test
    void the_development_setting_allows_localhost_over_http_and_nothing_else_private() {
        assertThat(development.refusal("http://localhost:9999/hook")).isEmpty();
        assertThat(development.refusal("http://127.0.0.1:9999/hook")).isEmpty();
        assertThat(development.refusal("http://10.1.2.3/hook")).isPresent();
        assertThat(development.refusal("https://192.168.1.1/hook")).isPresent();
        assertThat(production.refusal("http://127.0.0.1:9999/hook")).isPresent();
    }
}
