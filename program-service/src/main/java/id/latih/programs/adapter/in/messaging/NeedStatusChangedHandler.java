package id.latih.programs.adapter.in.messaging;

import id.latih.events.NeedStatusChanged;
import id.latih.platform.messaging.EventHandler;
import id.latih.programs.application.BacklogUpdates;
import org.springframework.stereotype.Component;

@Component
class NeedStatusChangedHandler implements EventHandler<NeedStatusChanged> {

    private final BacklogUpdates backlog;

    NeedStatusChangedHandler(BacklogUpdates backlog) {
        this.backlog = backlog;
    }

    @Override
    public Class<NeedStatusChanged> eventType() {
        return NeedStatusChanged.class;
    }

    @Override
    public void handle(NeedStatusChanged event) {
        backlog.needStatusChanged(event);
    }
}
