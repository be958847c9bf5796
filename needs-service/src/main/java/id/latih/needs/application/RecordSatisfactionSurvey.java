package id.latih.needs.application;

import id.latih.needs.domain.SatisfactionSurvey;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * An agency's admin or system records the community-satisfaction survey of one of its service units for a period:
 * scored under the configured IKM rules and announced (ServiceSatisfactionMeasured), in one write. The same unit and
 * period a second time is refused rather than counted twice; weak elements point to the unit staff's competencies.
 */
@Service
public class RecordSatisfactionSurvey {

    public record Command(String serviceUnit, String serviceUnitName, String period,
                          List<List<Integer>> responses) {
    }

    private final SatisfactionSurveys surveys;
    private final IkmProperties ikm;
    private final Clock clock;

    public RecordSatisfactionSurvey(SatisfactionSurveys surveys, IkmProperties ikm, Clock clock) {
        this.surveys = surveys;
        this.ikm = ikm;
        this.clock = clock;
    }

    public SatisfactionSurvey record(AgencyScope caller, Command command) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        SatisfactionSurvey survey = SatisfactionSurvey.score(caller.owningAgency(), command.serviceUnit(),
                command.serviceUnitName(), command.period(), command.responses(), ikm.rules());
        if (!surveys.addIfNew(survey, survey.measured(clock.instant()))) {
            throw new RuleViolationException("survey-already-recorded", "The survey of service unit "
                    + command.serviceUnit() + " for " + command.period() + " is already recorded");
        }
        return survey;
    }
}
