package id.latih.platform.outbox;

import id.latih.platform.metrics.EventMetrics;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The outbox: writes, the relay with its producer and lease, parked events, its health and gauges. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    KafkaEventPublisher eventPublisher(@Value("${latih.kafka.brokers}") String brokers, OutboxProperties properties,
                                       EventMetrics metrics) {
        return new KafkaEventPublisher(brokers, properties.producer(), properties.maxEventBytes(), metrics);
    }

    @Bean
    ParkedEvents parkedEvents(MongoTemplate mongo, EventMetrics metrics) {
        return new ParkedEvents(mongo, metrics);
    }

    @Bean
    RelayLease relayLease(MongoTemplate mongo, @Value("${spring.application.name}") String service,
                          OutboxProperties properties) {
        // The pod or host name when there is one, so an operator reading the lease sees who holds it.
        String host = System.getenv().getOrDefault("HOSTNAME", "local");
        return new RelayLease(mongo, service, host + "/" + UUID.randomUUID(), properties.leaseDuration());
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, ParkedEvents parked, RelayLease lease,
                            OutboxProperties properties, EventMetrics metrics) {
        return new OutboxRelay(mongo, publisher, parked, lease, properties, metrics);
    }

    @Bean
    AggregateWrites aggregateWrites(MongoTemplate mongo, OutboxRelay relay, OutboxProperties properties) {
        return new AggregateWrites(mongo, relay, properties.maxEventBytes());
    }

    @Bean
    OutboxRelayHealthIndicator outboxRelayHealthIndicator(OutboxRelay relay, OutboxProperties properties) {
        return new OutboxRelayHealthIndicator(relay, properties.stuckAfter());
    }

    @Bean
    OutboxBacklog outboxBacklog(MongoTemplate mongo, OutboxProperties properties) {
        return new OutboxBacklog(mongo, properties.collections());
    }

    @Bean
    ParkedEventsEndpoint parkedEventsEndpoint(ParkedEvents parked, EventPublisher publisher,
                                              OutboxProperties properties) {
        return new ParkedEventsEndpoint(parked, publisher, properties);
    }
}
