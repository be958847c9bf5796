package id.latih.evaluations.application;

import id.latih.evaluations.domain.Questionnaire;
import id.latih.evaluations.domain.QuestionnaireItem;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * An organiser publishes its own reaction questionnaire. Every publication is a new version, never an edit: answers
 * already given keep the version they answered, so the organiser's report still reads them item by item.
 */
@Service
public class PublishQuestionnaire {

    private final Questionnaires questionnaires;
    private final EvaluationProperties properties;
    private final Clock clock;

    public PublishQuestionnaire(Questionnaires questionnaires, EvaluationProperties properties, Clock clock) {
        this.questionnaires = questionnaires;
        this.properties = properties;
        this.clock = clock;
    }

    public Questionnaire publish(AgencyScope caller, List<QuestionnaireItem> items, int scaleMax,
                                 Integer commentMaxLength) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.PROGRAM_DESIGNER);
        caller.requireWriteTo(caller.agencyCode());
        int comments = commentMaxLength == null ? properties.reactionCommentMaxLength() : commentMaxLength;
        if (comments > properties.reactionCommentMaxLength()) {
            throw new InvalidValueException("commentMaxLength", "may be at most "
                    + properties.reactionCommentMaxLength());
        }
        int next = questionnaires.current(caller.agencyCode()).map(Questionnaire::version).orElse(0) + 1;
        Questionnaire questionnaire = new Questionnaire(next, items, scaleMax, comments);
        if (!questionnaires.add(caller.agencyCode(), questionnaire, clock.instant())) {
            throw new RuleViolationException("questionnaire-changed", "Version " + next
                    + " was published meanwhile; read the current questionnaire and publish again");
        }
        return questionnaire;
    }
}
