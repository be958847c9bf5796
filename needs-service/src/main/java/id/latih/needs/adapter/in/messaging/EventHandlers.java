package id.latih.needs.adapter.in.messaging;

import id.latih.events.CompetencyObserved;
import id.latih.events.FollowUpRecommended;
import id.latih.events.TrainingCompleted;
import id.latih.needs.application.AddressNeed;
import id.latih.needs.application.FollowUpNeed;
import id.latih.needs.application.ObserveCompetency;
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

    /** A level seen on the job after training: evidence of the employee, and the needs it meets are resolved. */
    @Bean
    EventHandler<CompetencyObserved> competencyObserved(ObserveCompetency observeCompetency) {
        return EventHandler.of(CompetencyObserved.class, observeCompetency::byEvaluation);
    }

    /** Evaluation's recommendation of follow-up: a new need linked to the one the training answered. */
    @Bean
    EventHandler<FollowUpRecommended> followUpRecommended(FollowUpNeed followUpNeed) {
        return EventHandler.of(FollowUpRecommended.class, followUpNeed::byEvaluation);
    }
}
