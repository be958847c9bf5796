package id.latih.evaluations.adapter.in.messaging;

import id.latih.evaluations.application.OpenEvaluation;
import id.latih.events.TrainingCompleted;
import id.latih.platform.messaging.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events evaluation-service follows, each handed to one use case. */
@Configuration(proxyBeanMethods = false)
class EventHandlers {

    @Bean
    EventHandler<TrainingCompleted> trainingCompleted(OpenEvaluation openEvaluation) {
        return EventHandler.of(TrainingCompleted.class, openEvaluation::forCompletedTraining);
    }
}
