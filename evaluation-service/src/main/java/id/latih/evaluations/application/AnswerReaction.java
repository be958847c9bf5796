package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.Questionnaire;
import id.latih.evaluations.domain.Reaction;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Supervision;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A participant answers the reaction questionnaire (Kirkpatrick level 1) of their own evaluation file. Only the
 * participant: an admin or supervisor who can read the file cannot answer for them, since feedback given on someone's
 * behalf is the complaint the domain brief records about other systems.
 */
@Service
public class AnswerReaction {

    private final Evaluations evaluations;
    private final Supervision supervision;
    private final EvaluationProperties properties;
    private final ReactionForms forms;
    private final Clock clock;

    public AnswerReaction(Evaluations evaluations, Supervision supervision, EvaluationProperties properties,
                          ReactionForms forms, Clock clock) {
        this.forms = forms;
        this.evaluations = evaluations;
        this.supervision = supervision;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param questionnaireVersion the version the participant was shown; null: the organiser's current one
     */
    public Evaluation answer(AgencyScope caller, String evaluationId, Integer questionnaireVersion,
                             Map<String, Integer> ratings, String comments) {
        Evaluation file = evaluations.find(evaluationId)
                .filter(e -> caller.canReadPerson(e.agencyCode(), e.nip(), supervision))
                .orElseThrow(() -> new NotFoundException("Evaluation", evaluationId));
        if (caller.nip() == null || !caller.nip().equals(file.nip())) {
            throw new AccessDeniedException("Only the participant answers the reaction questionnaire");
        }
        caller.requireWriteTo(file.agencyCode());
        String organiser = forms.organiserOf(file);
        Questionnaire form = questionnaireVersion == null ? forms.currentOf(organiser)
                : forms.versionOf(organiser, questionnaireVersion);
        Reaction reaction = file.answerReaction(form, ratings, comments,
                LocalDate.now(clock), properties.reactionWindowDays(), clock.instant());
        if (!evaluations.recordReaction(evaluationId, reaction)) {
            throw new RuleViolationException("reaction-answered", "The reaction questionnaire was answered already");
        }
        return evaluations.find(evaluationId).orElseThrow();
    }
}
