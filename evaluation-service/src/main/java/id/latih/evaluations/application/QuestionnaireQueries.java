package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.Questionnaire;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import org.springframework.stereotype.Service;

/** The questionnaire an organiser has in force, and the one a participant answers for their file. */
@Service
public class QuestionnaireQueries {

    private final ReactionForms forms;
    private final Evaluations evaluations;
    private final Supervision supervision;

    public QuestionnaireQueries(ReactionForms forms, Evaluations evaluations, Supervision supervision) {
        this.forms = forms;
        this.evaluations = evaluations;
        this.supervision = supervision;
    }

    /** The caller's agency's current questionnaire, or the default one if it published none. */
    public Questionnaire ofOwnAgency(AgencyScope caller) {
        caller.requireReader();
        return forms.currentOf(caller.agencyCode());
    }

    /** The questionnaire for a file the caller may read: its program organiser's current one. */
    public Questionnaire forFile(AgencyScope caller, String evaluationId) {
        Evaluation file = evaluations.find(evaluationId)
                .filter(e -> caller.canReadPerson(e.agencyCode(), e.nip(), supervision))
                .orElseThrow(() -> new NotFoundException("Evaluation", evaluationId));
        return forms.currentOf(forms.organiserOf(file));
    }
}
