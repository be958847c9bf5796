package id.latih.evaluations.application;

import id.latih.evaluations.domain.BehaviourCheck;
import id.latih.evaluations.domain.BehaviourFollowUp;
import id.latih.evaluations.domain.BehaviourFollowUp.Announce;
import id.latih.evaluations.domain.BehaviourFollowUp.Expire;
import id.latih.evaluations.domain.BehaviourFollowUp.Step;
import id.latih.evaluations.domain.BehaviourFollowUp.Wait;
import id.latih.evaluations.domain.Program;
import id.latih.evaluations.domain.TargetLevel;
import id.latih.events.BehaviourCheckRequested;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The timed pass over on-the-job checks (Kirkpatrick level 3): the day a check falls due its supervisor is asked
 * ({@code BehaviourCheckRequested}, reminder 0), then reminded every few days while it stays unrated, until it
 * expires. Each step is claimed by a conditional write on the file that also carries the event (the outbox), so two
 * instances sweeping at the same moment announce each step once: the loser's write matches nothing.
 */
@Service
public class AnnounceBehaviourChecks {

    private final PendingBehaviourChecks checks;
    private final Programs programs;
    private final Supervisors supervisors;
    private final EvaluationProperties properties;
    private final Clock clock;

    public AnnounceBehaviourChecks(PendingBehaviourChecks checks, Programs programs, Supervisors supervisors,
                                   EvaluationProperties properties, Clock clock) {
        this.checks = checks;
        this.programs = programs;
        this.supervisors = supervisors;
        this.properties = properties;
        this.clock = clock;
    }

    /** One pass; returns how many requests and reminders this instance announced. */
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        BehaviourFollowUp followUp = properties.behaviourFollowUp();
        Map<String, List<String>> competencies = new HashMap<>();
        int announced = 0;
        for (BehaviourCheck check : checks.behaviourStepsDue(today, properties.sweepBatchSize())) {
            Step step = followUp.stepFor(check.dueOn(), check.announced(), today);
            if (step instanceof Announce announce) {
                BehaviourCheckRequested event = new BehaviourCheckRequested(UUID.randomUUID(), clock.instant(),
                        check.agencyCode(), check.evaluationId(), check.programId(), check.nip(),
                        supervisors.supervisorOf(check.agencyCode(), check.nip()).orElse(null),
                        competencies.computeIfAbsent(check.programId() + "|" + check.competencyCode(),
                                key -> competenciesOf(check)),
                        check.dueOn(), announce.expiresOn(), announce.reminder());
                if (checks.announceBehaviourStep(check.evaluationId(), check.announced(), announce.nextStepOn(),
                        List.of(event))) {
                    announced++;
                }
            } else if (step instanceof Wait wait) {
                checks.rescheduleBehaviourStep(check.evaluationId(), check.announced(), wait.nextStepOn());
            } else if (step instanceof Expire expire) {
                checks.expireBehaviourCheck(check.evaluationId(), check.announced(), expire.expiredOn());
            }
        }
        return announced;
    }

    /** What the supervisor rates: the program's target competencies, or the file's own where the program is unknown. */
    private List<String> competenciesOf(BehaviourCheck check) {
        Optional<Program> program = Optional.ofNullable(check.programId()).flatMap(programs::find);
        List<String> codes = program.map(p -> p.targets().stream().map(TargetLevel::competencyCode).toList())
                .filter(t -> !t.isEmpty()).orElse(null);
        if (codes != null) {
            return codes;
        }
        return check.competencyCode() == null ? List.of() : List.of(check.competencyCode());
    }
}
