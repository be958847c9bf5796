package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The on-the-job checks open today: a supervisor's to-do list (their staff's files), or an agency's overview of
 * them. Paged, earliest due first, so an agency with many participants is served in bounded pieces.
 */
@Service
public class BehaviourChecks {

    private final Evaluations evaluations;
    private final Supervision supervision;
    private final EvaluationProperties properties;
    private final Clock clock;

    public BehaviourChecks(Evaluations evaluations, Supervision supervision, EvaluationProperties properties,
                           Clock clock) {
        this.evaluations = evaluations;
        this.supervision = supervision;
        this.properties = properties;
        this.clock = clock;
    }

    public List<Evaluation> open(AgencyScope caller, int page, int size) {
        caller.requireReader();
        Paging.check(page, size);
        return evaluations.findBehaviourChecksOpen(caller, supervision, LocalDate.now(clock),
                properties.behaviourCheckExpiryDays(), page, size);
    }
}
