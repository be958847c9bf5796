package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.events.TrainingCompleted;
import id.latih.events.TrainingNotCompleted;
import org.springframework.stereotype.Service;

/** Every ended participation, completed or not, opens one evaluation file for that participant. */
@Service
public class OpenEvaluation {

    private final Evaluations evaluations;
    private final EvaluationProperties properties;

    public OpenEvaluation(Evaluations evaluations, EvaluationProperties properties) {
        this.evaluations = evaluations;
        this.properties = properties;
    }

    public void forCompletedTraining(TrainingCompleted training) {
        evaluations.open(Evaluation.openFor(training, properties.behaviourFollowUpMonths()), training.eventId());
    }

    public void forNotCompletedTraining(TrainingNotCompleted training) {
        evaluations.open(Evaluation.openFor(training), training.eventId());
    }
}
