package id.latih.evaluations.application;

import id.latih.evaluations.domain.BehaviourRating;
import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.Program;
import id.latih.evaluations.domain.TargetLevel;
import id.latih.events.CompetencyObserved;
import id.latih.events.FollowUpRecommended;
import id.latih.events.LatihEvent;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The participant's supervisor rates, months after the program, the level at which the participant applies its
 * competencies on the job (Kirkpatrick level 3). Each rated level becomes {@code CompetencyObserved}, stored in the
 * same write as the rating, for needs-service to update the profile and resolve or raise needs; each competency
 * applied below the program's target level (low transfer) also becomes {@code FollowUpRecommended}.
 */
@Service
public class RateBehaviour {

    private final Evaluations evaluations;
    private final Programs programs;
    private final Supervision supervision;
    private final EvaluationProperties properties;
    private final Clock clock;

    public RateBehaviour(Evaluations evaluations, Programs programs, Supervision supervision,
                         EvaluationProperties properties, Clock clock) {
        this.evaluations = evaluations;
        this.programs = programs;
        this.supervision = supervision;
        this.properties = properties;
        this.clock = clock;
    }

    public Evaluation rate(AgencyScope caller, String evaluationId, Map<String, Integer> observedLevels) {
        Evaluation file = evaluations.find(evaluationId)
                .filter(e -> caller.canReadPerson(e.agencyCode(), e.nip(), supervision))
                .orElseThrow(() -> new NotFoundException("Evaluation", evaluationId));
        if (caller.nip() == null || !supervision.staffOf(caller.agencyCode(), caller.nip()).contains(file.nip())) {
            throw new AccessDeniedException("Only the participant's supervisor rates their work on the job");
        }
        caller.requireWriteTo(file.agencyCode());
        List<TargetLevel> targets = programs.find(file.programId()).map(Program::targets)
                .filter(t -> !t.isEmpty()).orElse(List.of(new TargetLevel(file.competencyCode(), 0)));
        BehaviourRating rating = file.rateBehaviour(observedLevels, targets, caller.nip(), LocalDate.now(clock),
                properties.behaviourCheckExpiryDays(), clock.instant());
        List<LatihEvent> events = new ArrayList<>();
        rating.observedLevels().forEach((code, level) -> events.add(new CompetencyObserved(UUID.randomUUID(),
                rating.ratedAt(), file.agencyCode(), file.id(), file.nip(), code, level)));
        Evaluation.belowTarget(rating, targets).forEach(code -> events.add(new FollowUpRecommended(UUID.randomUUID(),
                rating.ratedAt(), file.agencyCode(), file.id(), file.nip(), code, Evaluation.LOW_TRANSFER)));
        if (!evaluations.recordBehaviour(evaluationId, rating, events)) {
            throw new RuleViolationException("behaviour-rated", "The on-the-job check was rated already");
        }
        return evaluations.find(evaluationId).orElseThrow();
    }
}
