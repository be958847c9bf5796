package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.events.TrainingCompleted;
import org.springframework.stereotype.Service;

/** Every completed training opens one evaluation for that participant. */
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
}
