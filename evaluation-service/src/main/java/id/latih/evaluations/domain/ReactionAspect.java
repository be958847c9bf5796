package id.latih.evaluations.domain;

/** The five aspects a reaction questionnaire (Kirkpatrick level 1) asks about; every item belongs to one. */
public enum ReactionAspect {
    RELEVANCE,
    MATERIAL,
    FACILITATOR,
    ORGANISATION,
    FACILITIES
}
