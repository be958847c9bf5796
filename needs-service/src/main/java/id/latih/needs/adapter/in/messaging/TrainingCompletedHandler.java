package id.latih.needs.adapter.in.messaging;

import id.latih.events.TrainingCompleted;
import id.latih.needs.application.AddressNeed;
import id.latih.platform.messaging.EventHandler;
import org.springframework.stereotype.Component;

/** A completed training meets the employee's need for that competency in the training's year. */
@Component
class TrainingCompletedHandler implements EventHandler<TrainingCompleted> {

    private final AddressNeed addressNeed;

    TrainingCompletedHandler(AddressNeed addressNeed) {
        this.addressNeed = addressNeed;
    }

    @Override
    public Class<TrainingCompleted> eventType() {
        return TrainingCompleted.class;
    }

    @Override
    public void handle(TrainingCompleted event) {
        addressNeed.byTraining(event);
    }
}
