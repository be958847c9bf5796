package id.latih.needs.application;

import id.latih.needs.application.SatisfactionSurveys.SurveyOrder;
import id.latih.needs.domain.SatisfactionSurvey;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import org.springframework.stereotype.Service;

/**
 * Reads scored surveys. They are about service units, not people, so every Latih role reads its agency's (analysts
 * their region's or province's); a survey of an agency the caller may not read is simply not found.
 */
@Service
public class SatisfactionSurveyQueries {

    private final SatisfactionSurveys surveys;

    public SatisfactionSurveyQueries(SatisfactionSurveys surveys) {
        this.surveys = surveys;
    }

    public SatisfactionSurvey find(AgencyScope caller, String id) {
        caller.requireReader();
        return surveys.find(id).filter(s -> caller.canRead(s.agencyCode()))
                .orElseThrow(() -> new NotFoundException("Satisfaction survey", id));
    }

    /** The units by IKM, worst first unless asked otherwise; one period or all. */
    public ResultPage<SatisfactionSurvey> list(AgencyScope caller, String period, SurveyOrder order, int page,
                                               int size) {
        caller.requireReader();
        return surveys.findVisibleTo(caller, period, order, page, size);
    }
}
