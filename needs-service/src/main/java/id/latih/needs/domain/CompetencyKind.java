package id.latih.needs.domain;

/**
 * The three kinds of PermenPANRB 38/2017. Managerial competencies are coded M.01-M.08, the socio-cultural one SK.01;
 * technical dictionaries are each agency's own.
 */
public enum CompetencyKind {
    TEKNIS,
    MANAJERIAL,
    SOSIAL_KULTURAL;

    public static CompetencyKind ofCode(String code) {
        if (code.matches("M\\.0[1-8]")) {
            return MANAJERIAL;
        }
        return code.startsWith("SK.") ? SOSIAL_KULTURAL : TEKNIS;
    }
}
