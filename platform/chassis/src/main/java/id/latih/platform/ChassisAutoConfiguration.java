package id.latih.platform;

import id.latih.platform.health.HealthConfiguration;
import id.latih.platform.messaging.AppliedEvents;
import id.latih.platform.messaging.ConsumptionErrorHandling;
import id.latih.platform.messaging.DeadLetterReplay;
import id.latih.platform.messaging.DeadLetterTopic;
import id.latih.platform.messaging.DeadLetters;
import id.latih.platform.messaging.EventHandler;
import id.latih.platform.messaging.LatihEventConsumer;
import id.latih.platform.messaging.OutageRetryProperties;
import id.latih.platform.messaging.ReplicaWrites;
import id.latih.platform.metrics.EventMetrics;
import id.latih.platform.outbox.OutboxConfiguration;
import id.latih.platform.problem.ProblemDetailsAdvice;
import id.latih.platform.problem.ProblemResponses;
import id.latih.platform.security.AgencyScopeArgumentResolver;
import id.latih.platform.security.SecurityConfiguration;
import id.latih.platform.security.SupervisionReplicaConfiguration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the chassis into every service: outbox relay, event input, dead letters, security, problem details. */
@AutoConfiguration
@EnableConfigurationProperties(OutageRetryProperties.class)
@Import({SecurityConfiguration.class, ProblemDetailsAdvice.class, HealthConfiguration.class,
        SupervisionReplicaConfiguration.class, OutboxConfiguration.class})
public class ChassisAutoConfiguration {

    @Bean
    EventMetrics eventMetrics(MeterRegistry registry) {
        return new EventMetrics(registry);
    }

    /**
     * A store that does not answer fails a request within {@code latih.store.timeout} (a 503 problem) instead of the
     * driver's 30 s default, and a stopping service does not wait that long to hand over its relay lease.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeout(@Value("${latih.store.timeout}") Duration timeout) {
        return settings -> settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    AppliedEvents appliedEvents(MongoTemplate mongo) {
        return new AppliedEvents(mongo);
    }

    @Bean
    ReplicaWrites replicaWrites(MongoTemplate mongo) {
        return new ReplicaWrites(mongo);
    }

    @Bean
    ConsumptionErrorHandling consumptionErrorHandling(@Value("${latih.kafka.brokers}") String brokers,
                                                      DeadLetters deadLetters, OutageRetryProperties outage) {
        return new ConsumptionErrorHandling(brokers, deadLetters, outage);
    }

    @Bean
    LatihEventConsumer latihEvents(List<EventHandler<?>> handlers, EventMetrics metrics,
                                   ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new LatihEventConsumer(handlers, metrics, tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    DeadLetters deadLetters(@Value("${spring.application.name}") String serviceName, EventMetrics metrics) {
        return new DeadLetters(serviceName, metrics);
    }

    @Bean
    DeadLetterTopic deadLetterTopic(@Value("${latih.kafka.brokers}") String brokers, DeadLetters deadLetters,
                                    @Value("${latih.kafka.partitions}") int partitions,
                                    @Value("${latih.kafka.replication-factor}") short replicationFactor,
                                    @Value("${latih.kafka.min-insync-replicas}") int minInSyncReplicas) {
        return new DeadLetterTopic(brokers, deadLetters.topic(), partitions, replicationFactor, minInSyncReplicas);
    }

    @Bean
    DeadLetterReplay deadLetterReplay(@Value("${latih.kafka.brokers}") String brokers, DeadLetters deadLetters,
                                      @Value("${spring.application.name}") String serviceName) {
        return new DeadLetterReplay(brokers, deadLetters, serviceName);
    }

    @Bean
    WebMvcConfigurer agencyScopeParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new AgencyScopeArgumentResolver());
            }
        };
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }
}
