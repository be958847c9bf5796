package id.latih.programs.domain;

/** Perlan 10/2018: face to face (klasikal), not face to face (non-klasikal), or a blend of both. */
public enum LearningRoute {
    KLASIKAL,
    NON_KLASIKAL,
    BLENDED
}
