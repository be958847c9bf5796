package id.latih.needs.adapter.in.messaging;

import id.latih.events.TrainingCompleted;
import id.latih.needs.application.AddressNeed;
import id.latih.platform.messaging.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events needs-service follows, each handed to one use case. */
@Configuration(proxyBeanMethods = false)
class EventHandlers {

    /** A completed training meets the employee's need for that competency. */
    @Bean
    EventHandler<TrainingCompleted> trainingCompleted(AddressNeed addressNeed) {
        return EventHandler.of(TrainingCompleted.class, addressNeed::byTraining);
    }
}
