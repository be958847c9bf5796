package id.latih.evaluations.application;

import id.latih.evaluations.domain.Evaluation;
import id.latih.evaluations.domain.Program;
import id.latih.evaluations.domain.Questionnaire;
import id.latih.platform.domain.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which reaction questionnaire applies: the program organiser's latest version, or the service's default (version
 * 0, from the settings) where the organiser published none or the program is not known here.
 */
@Component
public class ReactionForms {

    private final Questionnaires questionnaires;
    private final Programs programs;
    private final EvaluationProperties properties;

    public ReactionForms(Questionnaires questionnaires, Programs programs, EvaluationProperties properties) {
        this.questionnaires = questionnaires;
        this.programs = programs;
        this.properties = properties;
    }

    /** The organiser of the file's program; null when the program is not known here. */
    String organiserOf(Evaluation file) {
        return file.programId() == null ? null
                : programs.find(file.programId()).map(Program::agencyCode).orElse(null);
    }

    Questionnaire currentOf(String organiser) {
        return organiser == null ? properties.questionnaire()
                : questionnaires.current(organiser).orElseGet(properties::questionnaire);
    }

    /** A version the participant was shown; 0 is the default form. */
    Questionnaire versionOf(String organiser, int version) {
        Questionnaire form = allOf(organiser).get(version);
        if (form == null) {
            throw new InvalidValueException("questionnaireVersion", "the organiser has no version " + version);
        }
        return form;
    }

    /** Every version answers of the organiser's programs may refer to, the default included. */
    Map<Integer, Questionnaire> allOf(String organiser) {
        Map<Integer, Questionnaire> all = new HashMap<>(organiser == null ? Map.of()
                : questionnaires.versions(organiser));
        all.put(0, properties.questionnaire());
        return all;
    }
}
