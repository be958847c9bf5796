package id.latih.enrollments.adapter.in.messaging;

import id.latih.enrollments.application.ReplicaUpdates;
import id.latih.events.EmployeeRegistered;
import id.latih.events.EmployeeUpdated;
import id.latih.events.ProgramCancelled;
import id.latih.events.ProgramClosed;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import id.latih.platform.messaging.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events enrollment-service follows: its replicas of programs and employees. */
@Configuration(proxyBeanMethods = false)
class EventHandlers {

    @Bean
    EventHandler<ProgramPublished> programPublished(ReplicaUpdates replicas) {
        return EventHandler.of(ProgramPublished.class, replicas::programPublished);
    }

    @Bean
    EventHandler<ProgramRevised> programRevised(ReplicaUpdates replicas) {
        return EventHandler.of(ProgramRevised.class, replicas::programRevised);
    }

    @Bean
    EventHandler<ProgramCancelled> programCancelled(ReplicaUpdates replicas) {
        return EventHandler.of(ProgramCancelled.class, replicas::programCancelled);
    }

    @Bean
    EventHandler<ProgramClosed> programClosed(ReplicaUpdates replicas) {
        return EventHandler.of(ProgramClosed.class, replicas::programClosed);
    }

    @Bean
    EventHandler<EmployeeRegistered> employeeRegistered(ReplicaUpdates replicas) {
        return EventHandler.of(EmployeeRegistered.class, replicas::employeeRegistered);
    }

    @Bean
    EventHandler<EmployeeUpdated> employeeUpdated(ReplicaUpdates replicas) {
        return EventHandler.of(EmployeeUpdated.class, replicas::employeeUpdated);
    }
}
