package id.latih.needs.domain;

import id.latih.platform.domain.CompetencyCodes;

/**
 * The three kinds of PermenPANRB 38/2017. Managerial competencies are coded M.01-M.08, the socio-cultural one SK.01;
 * technical dictionaries are each agency's own ({@link CompetencyCodes} holds the format).
 */
public enum CompetencyKind {
    TEKNIS,
    MANAJERIAL,
    SOSIAL_KULTURAL;

    public static CompetencyKind ofCode(String code) {
        if (CompetencyCodes.isManagerial(code)) {
            return MANAJERIAL;
        }
        return CompetencyCodes.isSocioCultural(code) ? SOSIAL_KULTURAL : TEKNIS;
    }
}
