package id.latih.needs.application;

import id.latih.events.NeedStatusChanged;
import id.latih.events.TrainingCompleted;
import id.latih.needs.domain.AgencyNeed;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedStatus;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Closes the loop: a completed training addresses the employee's identified need for that competency in that
 * year. The transition is conditional on the need still being as it was read (IDENTIFIED, same version), so a
 * redelivered event changes nothing and the event carries the need's next version. In every open AKPK need for the
 * competency that names the employee, their part is recorded as addressed; the need becomes ADDRESSED when every
 * affected employee's part is.
 */
@Service
public class AddressNeed {

    private final NeedStore needs;
    private final AgencyNeeds agencyNeeds;
    private final Clock clock;

    public AddressNeed(NeedStore needs, AgencyNeeds agencyNeeds, Clock clock) {
        this.needs = needs;
        this.agencyNeeds = agencyNeeds;
        this.clock = clock;
    }

    public void byTraining(TrainingCompleted training) {
        String needId = Need.idFor(training.nip(), training.competencyCode(), training.completedOn().getYear());
        needs.find(needId).filter(need -> need.status() == NeedStatus.IDENTIFIED).ifPresent(need -> {
            NeedStatusChanged addressed = need.addressed("training completed, enrollment "
                    + training.enrollmentId(), clock.instant());
            needs.transition(need, NeedStatus.ADDRESSED, addressed);
        });
        agencyNeeds.findOpenWith(training.nip(), training.competencyCode())
                .forEach(need -> addressInAgencyNeed(need, training.nip()));
    }

    /**
     * The employee's part of an AKPK need is being met; once every affected employee completed a training the need
     * is ADDRESSED in the same write. A concurrent change is read again and retried; a training already recorded
     * changes nothing, so redelivery is harmless.
     */
    private void addressInAgencyNeed(AgencyNeed need, String nip) {
        AgencyNeed read = need;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && read != null && read.status() == NeedStatus.IDENTIFIED;
             attempt++) {
            if (read.addressedNips().contains(nip)) {
                return;
            }
            NeedStatusChanged addressed = read.allAddressedWith(nip) ? read.addressed(clock.instant()) : null;
            if (agencyNeeds.address(read, nip, addressed)) {
                return;
            }
            read = agencyNeeds.find(read.id()).orElse(null);
        }
    }

    private static final int MAX_ATTEMPTS = 5;
}
