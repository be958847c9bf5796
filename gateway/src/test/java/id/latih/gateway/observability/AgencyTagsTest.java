package id.latih.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyTagsTest {

    @Test
    void an_agency_code_is_its_own_tag_value() {
        assertThat(new AgencyTags(10).valueOf("3273.DINKES")).isEqualTo("3273.DINKES");
        assertThat(new AgencyTags(10).valueOf("32.BPSDM")).isEqualTo("32.BPSDM");
    }

    @Test
    void no_agency_is_anonymous_and_anything_else_unknown() {
        AgencyTags tags = new AgencyTags(10);

        assertThat(tags.valueOf(null)).isEqualTo(AgencyTags.ANONYMOUS);
        assertThat(tags.valueOf("")).isEqualTo(AgencyTags.ANONYMOUS);
        assertThat(tags.valueOf("3273.dinkes")).isEqualTo(AgencyTags.UNKNOWN);
        assertThat(tags.valueOf("DINKES")).isEqualTo(AgencyTags.UNKNOWN);
        assertThat(tags.valueOf("3273.DINKES\n")).isEqualTo(AgencyTags.UNKNOWN);
        assertThat(tags.valueOf("3273." + "X".repeat(33))).isEqualTo(AgencyTags.UNKNOWN);
    }

    @Test
    void agencies_beyond_the_limit_share_one_bucket_and_the_first_ones_keep_theirs() {
        AgencyTags tags = new AgencyTags(2);
        tags.valueOf("3273.DINKES");
        tags.valueOf("3273.BKPSDM");

        assertThat(tags.valueOf("3201.DINKES")).isEqualTo(AgencyTags.OTHER);
        assertThat(tags.valueOf("3273.DINKES")).isEqualTo("3273.DINKES");
    }
}
