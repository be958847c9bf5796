package id.latih.platform.health;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The two things a service cannot work without, as health indicators named {@code store} and {@code broker}; the
 * readiness group includes both, so a service that lost either stops receiving traffic but is not restarted (its
 * liveness stays UP: restarting does not bring a store back).
 */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {

    @Bean
    StoreHealthIndicator storeHealthIndicator(MongoTemplate mongo,
                                              @Value("${latih.health.timeout}") Duration timeout) {
        return new StoreHealthIndicator(mongo, timeout);
    }

    @Bean
    BrokerHealthIndicator brokerHealthIndicator(@Value("${latih.kafka.brokers}") String brokers,
                                                @Value("${latih.health.timeout}") Duration timeout,
                                                @Value("${latih.health.broker-cache}") Duration cacheFor) {
        return new BrokerHealthIndicator(brokers, timeout, cacheFor, Clock.systemUTC());
    }
}
