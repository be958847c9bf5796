package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Every ended participation, completed or not, opens one evaluation file for that participant. The on-the-job check
 * falls due the program's follow-up days after completion, or the service's default months where the program sets
 * none or is not (yet) known here.
 */
@Service
public class OpenEvaluation {

    private final Evaluations evaluations;
    private final Programs programs;
    private final EvaluationProperties properties;

    public OpenEvaluation(Evaluations evaluations, Programs programs, EvaluationProperties properties) {
        this.evaluations = evaluations;
        this.programs = programs;
        this.properties = properties;
    }

    public void forCompletedTraining(TrainingCompleted training) {
        LocalDate due = programs.find(training.programId()).filter(p -> p.behaviourFollowUpDays() > 0)
                .map(p -> training.completedOn().plusDays(p.behaviourFollowUpDays()))
                .orElse(training.completedOn().plusMonths(properties.behaviourFollowUpMonths()));
        evaluations.open(Evaluation.openFor(training, due), training.eventId());
    }

    public void forNotCompletedTraining(TrainingNotCompleted training) {
        evaluations.open(Evaluation.openFor(training), training.eventId());
    }
}
