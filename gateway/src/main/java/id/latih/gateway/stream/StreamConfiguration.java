package id.latih.gateway.stream;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live event stream: one hub and one Kafka consumer per gateway instance. */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

    @Bean
    StreamHub streamHub(StreamProperties settings, MeterRegistry meters) {
        Clock clock = Clock.systemUTC();
        // The epoch tells this instance's positions from another's (or from before a restart).
        String epoch = Long.toString(UUID.randomUUID().getMostSignificantBits() >>> 1, Character.MAX_RADIX);
        return new StreamHub(epoch, settings, clock.millis() - settings.retention().toMillis(), meters);
    }

    @Bean
    StreamConsumer streamConsumer(StreamProperties settings, StreamHub hub) {
        return new StreamConsumer(settings, hub, new CloudEventJson(new PersonalData(settings.personalFields())),
                Clock.systemUTC());
    }
}
