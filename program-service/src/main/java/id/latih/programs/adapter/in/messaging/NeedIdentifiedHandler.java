package id.latih.programs.adapter.in.messaging;

import id.latih.events.NeedIdentified;
import id.latih.platform.messaging.EventHandler;
import id.latih.programs.application.BacklogUpdates;
import org.springframework.stereotype.Component;

@Component
class NeedIdentifiedHandler implements EventHandler<NeedIdentified> {

    private final BacklogUpdates backlog;

    NeedIdentifiedHandler(BacklogUpdates backlog) {
        this.backlog = backlog;
    }

    @Override
    public Class<NeedIdentified> eventType() {
        return NeedIdentified.class;
    }

    @Override
    public void handle(NeedIdentified event) {
        backlog.needIdentified(event);
    }
}
