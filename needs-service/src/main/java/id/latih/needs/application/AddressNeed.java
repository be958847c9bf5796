package id.latih.needs.application;

import id.latih.events.NeedStatusChanged;
import id.latih.events.TrainingCompleted;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedStatus;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Closes the loop: a completed training addresses the employee's identified need for that competency in that
 * year. The transition is conditional on the need still being IDENTIFIED, so a redelivered event changes nothing.
 */
@Service
public class AddressNeed {

    private final NeedStore needs;
    private final Clock clock;

    public AddressNeed(NeedStore needs, Clock clock) {
        this.needs = needs;
        this.clock = clock;
    }

    public void byTraining(TrainingCompleted training) {
        String needId = Need.idFor(training.nip(), training.competencyCode(), training.completedOn().getYear());
        NeedStatusChanged changed = new NeedStatusChanged(UUID.randomUUID(), clock.instant(),
                training.agencyCode(), needId, training.nip(), NeedStatus.IDENTIFIED.name(),
                NeedStatus.ADDRESSED.name(), "training completed, enrollment " + training.enrollmentId());
        needs.transition(needId, NeedStatus.IDENTIFIED, NeedStatus.ADDRESSED, changed);
    }
}
