package id.latih.evaluations.adapter.in.messaging;

import id.latih.evaluations.application.OpenEvaluation;
import id.latih.evaluations.application.ProgramReplica;
import id.latih.evaluations.application.RecordSatisfaction;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import id.latih.events.ServiceSatisfactionMeasured;
import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
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

    @Bean
    EventHandler<TrainingNotCompleted> trainingNotCompleted(OpenEvaluation openEvaluation) {
        return EventHandler.of(TrainingNotCompleted.class, openEvaluation::forNotCompletedTraining);
    }

    @Bean
    EventHandler<ServiceSatisfactionMeasured> serviceSatisfactionMeasured(RecordSatisfaction satisfaction) {
        return EventHandler.of(ServiceSatisfactionMeasured.class, satisfaction::measured);
    }

    @Bean
    EventHandler<ProgramPublished> programPublished(ProgramReplica programs) {
        return EventHandler.of(ProgramPublished.class, programs::published);
    }

    @Bean
    EventHandler<ProgramRevised> programRevised(ProgramReplica programs) {
        return EventHandler.of(ProgramRevised.class, programs::revised);
    }
}
