package id.latih.gateway.observability;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's additions to Spring Cloud Gateway's route metrics (see {@link AgencyTags}). */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    @Bean
    AgencyTags agencyTags(@Value("${latih.gateway.metrics.max-agencies}") int maxAgencies) {
        return new AgencyTags(maxAgencies);
    }
}
