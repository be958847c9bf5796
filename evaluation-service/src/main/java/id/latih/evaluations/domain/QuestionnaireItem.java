package id.latih.evaluations.domain;

/**
 * One rated statement of a reaction questionnaire, e.g. {@code FAC_MASTERY} under FACILITATOR: "Fasilitator menguasai
 * materi". The code keys the answers, so it is short and plain (letters, digits, {@code _} and {@code -}).
 */
public record QuestionnaireItem(String code, ReactionAspect aspect, String text) {
}
