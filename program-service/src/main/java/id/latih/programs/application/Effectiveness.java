package id.latih.programs.application;

import java.util.Collection;
import java.util.Map;

/** Learning gains measured by evaluation, per program, replicated from EvaluationCompleted (once per evaluation). */
public interface Effectiveness {

    void record(String evaluationId, String programId, Double learningGain);

    /** The mean learning gain of each program's evaluations; programs without a measured gain are absent. */
    Map<String, Double> meanGain(Collection<String> programIds);
}
