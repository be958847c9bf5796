package id.latih.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void the_signature_is_the_hex_hmac_sha256_of_time_dot_body_with_the_secret() {
        // printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(Signatures.header("whsec_test", 1_700_000_000L, "{\"a\":1}")).isEqualTo(
                "t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    }

    @Test
    void another_time_or_body_gives_another_signature() {
        String signed = Signatures.header("whsec_test", 1_700_000_000L, "{\"a\":1}");

        assertThat(Signatures.header("whsec_test", 1_700_000_001L, "{\"a\":1}")).isNotEqualTo(signed);
        assertThat(Signatures.header("whsec_test", 1_700_000_000L, "{\"a\":2}").substring(14))
                .isNotEqualTo(signed.substring(14));
        assertThat(Signatures.header("whsec_other", 1_700_000_000L, "{\"a\":1}")).isNotEqualTo(signed);
    }

    @Test
    void every_new_secret_is_different_and_long() {
        String one = Signatures.newSecret();

        assertThat(one).startsWith("whsec_").hasSize(6 + 43);
        assertThat(Signatures.newSecret()).isNotEqualTo(one);
    }
}
