package id.latih.programs.domain;

import java.util.Set;

/** The methods of each learning route (Perlan 10/2018; list partly from secondary sources). */
public enum LearningMethod {
    CLASS(LearningRoute.KLASIKAL),
    WORKSHOP(LearningRoute.KLASIKAL),
    SEMINAR(LearningRoute.KLASIKAL),
    E_LEARNING(LearningRoute.NON_KLASIKAL),
    DISTANCE_LEARNING(LearningRoute.NON_KLASIKAL),
    COACHING(LearningRoute.NON_KLASIKAL),
    MENTORING(LearningRoute.NON_KLASIKAL),
    MAGANG(LearningRoute.NON_KLASIKAL),
    BENCHMARKING(LearningRoute.NON_KLASIKAL),
    PRIVATE_SECTOR_EXCHANGE(LearningRoute.NON_KLASIKAL),
    DETASERING(LearningRoute.NON_KLASIKAL),
    PROJECT_ASSIGNMENT(LearningRoute.NON_KLASIKAL),
    SELF_STUDY(LearningRoute.NON_KLASIKAL),
    TEAM_BUILDING(LearningRoute.NON_KLASIKAL);

    private final LearningRoute route;

    LearningMethod(LearningRoute route) {
        this.route = route;
    }

    /** Whether a program on {@code programRoute} may use this method; a blended program may use any. */
    public boolean fits(LearningRoute programRoute) {
        return Set.of(route, LearningRoute.BLENDED).contains(programRoute);
    }
}
