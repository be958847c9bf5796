package id.latih.programs.application;

import id.latih.events.EvaluationCompleted;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import id.latih.programs.domain.BacklogNeed;
import id.latih.programs.domain.Program;
import id.latih.programs.domain.Suggestion;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * For a need the caller may read, the open programs its agency's staff can join that target its competency at
 * the level required, best fit and most effective first; and the effectiveness they are ranked by, from evaluation.
 */
@Service
public class SuggestPrograms {

    private final Backlog backlog;
    private final ProgramStore programs;
    private final Effectiveness effectiveness;
    private final Supervision supervision;

    public SuggestPrograms(Backlog backlog, ProgramStore programs, Effectiveness effectiveness,
                           Supervision supervision) {
        this.backlog = backlog;
        this.programs = programs;
        this.effectiveness = effectiveness;
        this.supervision = supervision;
    }

    public List<Suggestion> forNeed(AgencyScope caller, String needId) {
        BacklogNeed need = backlog.find(List.of(needId)).stream()
                .filter(n -> caller.canReadPerson(n.agencyCode(), n.nip(), supervision)).findFirst()
                .orElseThrow(() -> new NotFoundException("Need", needId));
        List<Program> open = programs.openFor(need.agencyCode(), need.competencyCode());
        return Suggestion.rank(need, open, effectiveness.meanGain(open.stream().map(Program::id).toList()));
    }

    public void evaluationCompleted(EvaluationCompleted e) {
        effectiveness.record(e.evaluationId(), e.programId(), e.learningGain());
    }
}
