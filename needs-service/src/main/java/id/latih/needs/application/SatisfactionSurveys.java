package id.latih.needs.application;

import id.latih.events.LatihEvent;
import id.latih.needs.domain.SatisfactionSurvey;
import id.latih.platform.security.AgencyScope;
import java.util.Optional;

/** Where scored community-satisfaction surveys live. */
public interface SatisfactionSurveys {

    /** Stores the survey with its event in one write unless the same unit and period exist; returns whether new. */
    boolean addIfNew(SatisfactionSurvey survey, LatihEvent measured);

    Optional<SatisfactionSurvey> find(String id);

    /** A page of the surveys of the agencies {@code scope} may read, optionally of one period, in the given order. */
    ResultPage<SatisfactionSurvey> findVisibleTo(AgencyScope scope, String period, SurveyOrder order, int page,
                                                 int size);

    /** The orders a survey list offers; the default puts the worst units first. */
    enum SurveyOrder {
        WORST_FIRST,
        BEST_FIRST,
        LATEST_PERIOD_FIRST
    }
}
