package id.latih.platform;

import id.latih.platform.messaging.AppliedEvents;
import id.latih.platform.messaging.DeadLetterReplay;
import id.latih.platform.messaging.DeadLetterTopic;
import id.latih.platform.messaging.DeadLetters;
import id.latih.platform.messaging.EventHandler;
import id.latih.platform.messaging.LatihEventConsumer;
import id.latih.platform.metrics.EventMetrics;
import id.latih.platform.outbox.OutboxConfiguration;
import id.latih.platform.problem.ProblemDetailsAdvice;
import id.latih.platform.problem.ProblemResponses;
import id.latih.platform.security.AgencyScopeArgumentResolver;
import id.latih.platform.security.SecurityConfiguration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the chassis into every service: outbox relay, event input, dead letters, security, problem details. */
@AutoConfiguration
@Import({SecurityConfiguration.class, ProblemDetailsAdvice.class, OutboxConfiguration.class})
public class ChassisAutoConfiguration {

    @Bean
    EventMetrics eventMetrics(MeterRegistry registry) {
        return new EventMetrics(registry);
    }

    @Bean
    AppliedEvents appliedEvents(MongoTemplate mongo) {
        return new AppliedEvents(mongo);
    }

    @Bean
    LatihEventConsumer latihEvents(List<EventHandler<?>> handlers, EventMetrics metrics) {
        return new LatihEventConsumer(handlers, metrics);
    }

    @Bean
    DeadLetters deadLetters(@Value("${spring.application.name}") String serviceName, EventMetrics metrics) {
        return new DeadLetters(serviceName, metrics);
    }

    @Bean
    DeadLetterTopic deadLetterTopic(@Value("${latih.kafka.brokers}") String brokers, DeadLetters deadLetters,
                                    @Value("${latih.kafka.partitions:12}") int partitions,
                                    @Value("${latih.kafka.replication-factor:1}") short replicationFactor) {
        return new DeadLetterTopic(brokers, deadLetters.topic(), partitions, replicationFactor);
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
