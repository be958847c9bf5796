package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.platform.domain.InvalidValueException;
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

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 100;
    /** Pages beyond this are refused: nobody pages that far, and a huge skip is a cost to the store. */
    public static final int MAX_PAGE = 1000;

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
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidValueException("page", "must be from 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        return evaluations.findBehaviourChecksOpen(caller, supervision, LocalDate.now(clock),
                properties.behaviourCheckExpiryDays(), page, size);
    }
}
