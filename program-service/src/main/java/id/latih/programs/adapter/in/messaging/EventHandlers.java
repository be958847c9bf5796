package id.latih.programs.adapter.in.messaging;

import id.latih.events.EnrollmentCancelled;
import id.latih.events.EnrollmentConfirmed;
import id.latih.events.EvaluationCompleted;
import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import id.latih.events.ProgramPublished;
import id.latih.events.TrainingCompleted;
import id.latih.platform.messaging.EventHandler;
import id.latih.programs.application.BacklogUpdates;
import id.latih.programs.application.SeatUpdates;
import id.latih.programs.application.SuggestPrograms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events program-service follows, each handed to one use case. */
@Configuration(proxyBeanMethods = false)
class EventHandlers {

    @Bean
    EventHandler<NeedIdentified> needIdentified(BacklogUpdates backlog) {
        return EventHandler.of(NeedIdentified.class, backlog::needIdentified);
    }

    @Bean
    EventHandler<NeedStatusChanged> needStatusChanged(BacklogUpdates backlog) {
        return EventHandler.of(NeedStatusChanged.class, backlog::needStatusChanged);
    }

    @Bean
    EventHandler<EnrollmentConfirmed> enrollmentConfirmed(SeatUpdates seats) {
        return EventHandler.of(EnrollmentConfirmed.class, seats::enrollmentConfirmed);
    }

    @Bean
    EventHandler<EnrollmentCancelled> enrollmentCancelled(SeatUpdates seats) {
        return EventHandler.of(EnrollmentCancelled.class, seats::enrollmentCancelled);
    }

    @Bean
    EventHandler<TrainingCompleted> trainingCompleted(SeatUpdates seats) {
        return EventHandler.of(TrainingCompleted.class, seats::trainingCompleted);
    }

    @Bean
    EventHandler<EvaluationCompleted> evaluationCompleted(SuggestPrograms suggestions) {
        return EventHandler.of(EvaluationCompleted.class, suggestions::evaluationCompleted);
    }

    /** Its own ProgramPublished, read back: marks the program's needs as planned. */
    @Bean
    EventHandler<ProgramPublished> programPublished(BacklogUpdates backlog) {
        return EventHandler.of(ProgramPublished.class, backlog::programPublished);
    }
}
