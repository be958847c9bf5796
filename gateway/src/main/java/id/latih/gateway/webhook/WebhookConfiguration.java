package id.latih.gateway.webhook;

import id.latih.gateway.stream.CloudEventJson;
import id.latih.gateway.stream.PersonalData;
import id.latih.gateway.stream.StreamProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.util.retry.Retry;

/** The signed webhooks: their store, the intake from Kafka and the dispatcher of deliveries. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebhookConfiguration.class);

    @Bean
    Webhooks webhooks(ReactiveMongoTemplate mongo) {
        return new Webhooks(mongo);
    }

    @Bean
    Deliveries webhookDeliveries(ReactiveMongoTemplate mongo) {
        return new Deliveries(mongo);
    }

    @Bean
    WebhookUrls webhookUrls(WebhookProperties settings) {
        return new WebhookUrls(settings.allowLocalhost());
    }

    @Bean
    WebhookRegistry webhookRegistry(Webhooks webhooks, Deliveries deliveries, WebhookUrls urls,
                                    WebhookProperties settings) {
        return new WebhookRegistry(webhooks, deliveries, urls, settings, Clock.systemUTC());
    }

    @Bean
    WebhookIntake webhookIntake(WebhookProperties settings, StreamProperties stream, Webhooks webhooks,
                                Deliveries deliveries) {
        return new WebhookIntake(settings, new CloudEventJson(new PersonalData(stream.personalFields())), webhooks,
                deliveries, Clock.systemUTC());
    }

    @Bean
    WebhookDispatcher webhookDispatcher(WebhookProperties settings, Webhooks webhooks, Deliveries deliveries,
                                        WebhookUrls urls, MeterRegistry meters) {
        Clock clock = Clock.systemUTC();
        return new WebhookDispatcher(settings, webhooks, deliveries, new WebhookSender(urls, settings, clock), clock,
                meters);
    }

    /** The indexes every webhook query needs, made once the gateway is up (retried while the store is not). */
    @Bean
    ApplicationListener<ApplicationReadyEvent> webhookIndexes(Webhooks webhooks, Deliveries deliveries) {
        return ready -> webhooks.createIndexes().then(deliveries.createIndexes())
                .retryWhen(Retry.backoff(10, Duration.ofSeconds(1)))
                .subscribe(null, e -> log.error("The webhooks' indexes could not be created", e));
    }
}
