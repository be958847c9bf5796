package id.latih.needs.application;

import id.latih.events.CompetencyObserved;
import id.latih.needs.domain.Assessment;
import id.latih.needs.domain.AssessmentSource;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Closes the loop from evaluation: a level seen on the job after training (CompetencyObserved) becomes OBSERVED
 * evidence of the employee, so the next analysis starts from it, and every open need of the employee for that
 * competency whose required level it reaches is RESOLVED (NeedStatusChanged). A need whose level is not reached yet
 * stays open. Redelivery adds no second piece of evidence and resolves nothing twice (each transition is conditional
 * on the status and version read).
 */
@Service
public class ObserveCompetency {

    private final EmployeeStore employees;
    private final NeedStore needs;
    private final Clock clock;
    private final ZoneId zone;

    public ObserveCompetency(EmployeeStore employees, NeedStore needs, Clock clock) {
        this.employees = employees;
        this.needs = needs;
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
    }
}
