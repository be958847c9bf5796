package id.latih.needs.application;

import id.latih.events.CompetencyObserved;
import id.latih.needs.domain.AgencyNeed;
import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.AssessmentSource;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedStatus;
import id.latih.needs.domain.StaffGap;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Closes the loop from evaluation: a level seen on the job after training (CompetencyObserved) becomes OBSERVED
 * evidence of the employee, so the next analysis starts from it, and every open need of the employee for that
 * competency whose required level it reaches is RESOLVED (NeedStatusChanged). A need whose level is not reached yet
 * stays open. Redelivery adds no second piece of evidence and resolves nothing twice (each transition is conditional
 * on the status and version read). The employee's part of every open AKPK need for the competency takes the level
 * too; an AKPK need is RESOLVED once every affected employee reaches their target.
 */
@Service
public class ObserveCompetency {

    private final EmployeeStore employees;
    private final NeedStore needs;
    private final AgencyNeeds agencyNeeds;
    private final Clock clock;
    private final ZoneId zone;

    public ObserveCompetency(EmployeeStore employees, NeedStore needs, AgencyNeeds agencyNeeds, Clock clock) {
        this.employees = employees;
        this.needs = needs;
        this.agencyNeeds = agencyNeeds;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    public void byEvaluation(CompetencyObserved observed) {
        List<Need> open = needs.findOpen(observed.nip(), observed.competencyCode());
        int required = open.stream().mapToInt(Need::requiredLevel).max().orElse(observed.observedLevel());
        LocalDate seenOn = LocalDate.ofInstant(observed.occurredAt(), zone);
        employees.addAssessmentOnce(observed.nip(), new Assessment(observed.competencyCode(),
                observed.observedLevel(), required, AssessmentSource.OBSERVED.name(), seenOn), observed.eventId());
        open.stream().filter(need -> need.isMetBy(observed.observedLevel())).forEach(need ->
                needs.transition(need, NeedStatus.RESOLVED, need.resolved("level "
                        + observed.observedLevel() + " observed on the job, evaluation " + observed.evaluationId(),
                        clock.instant())));
        agencyNeeds.findOpenWith(observed.nip(), observed.competencyCode())
                .forEach(need -> observeInAgencyNeed(need, observed.nip(), observed.observedLevel()));
    }

    /**
     * The employee's part of an AKPK need takes the observed level; when that makes every affected employee reach
     * their target, the need is RESOLVED in the same write. A concurrent change of the need is read again and
     * retried; an observation that raises nothing changes nothing, so redelivery is harmless.
     */
    private void observeInAgencyNeed(AgencyNeed need, String nip, int level) {
        AgencyNeed read = need;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && read != null && read.status().isOpen(); attempt++) {
            int index = indexOf(read, nip);
            if (index < 0 || read.staff().get(index).currentLevel() >= level) {
                return;
            }
            List<StaffGap> staff = new ArrayList<>(read.staff());
            staff.set(index, staff.get(index).observedAt(level));
            boolean allReached = staff.stream().allMatch(StaffGap::reached);
            if (agencyNeeds.observe(read, index, staff.get(index),
                    allReached ? read.resolved(clock.instant()) : null)) {
                return;
            }
            read = agencyNeeds.find(read.id()).orElse(null);
        }
    }

    private static int indexOf(AgencyNeed need, String nip) {
        for (int i = 0; i < need.staff().size(); i++) {
            if (need.staff().get(i).nip().equals(nip)) {
                return i;
            }
        }
        return -1;
    }

    private static final int MAX_ATTEMPTS = 5;
}
