package id.latih.needs.application;

import id.latih.events.NeedStatusChanged;
import id.latih.events.TrainingCompleted;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedStatus;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Closes the loop: a completed training addresses the employee's identified need for that competency in that
 * year. The transition is conditional on the need still being as it was read (IDENTIFIED, same version), so a
 * redelivered event changes nothing and the event carries the need's next version.
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
        needs.find(needId).filter(need -> need.status() == NeedStatus.IDENTIFIED).ifPresent(need -> {
            NeedStatusChanged addressed = need.addressed("training completed, enrollment "
                    + training.enrollmentId(), clock.instant());
            needs.transition(need, NeedStatus.ADDRESSED, addressed);
        });
    }
}
