package id.latih.programs.adapter.in.messaging;

import id.latih.events.NeedIdentified;
import id.latih.events.NeedStatusChanged;
import id.latih.platform.messaging.EventHandler;
import id.latih.programs.application.BacklogUpdates;
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
}
