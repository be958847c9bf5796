package id.latih.needs.application;

import id.latih.events.FollowUpRecommended;
import id.latih.needs.domain.Need;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * Evaluation recommends follow-up (low learning gain, low transfer to the job): a new need of the employee for the
 * same competency, in the year of the recommendation, linked to the need the training answered (NeedIdentified with
 * {@code followUpOf}). Its levels are that need's, since the gap was not closed. One follow-up need per employee,
 * competency and year: repeated or redelivered recommendations find it and announce nothing twice. A recommendation
 * about a competency the employee never had a need for opens nothing: there is no gap on record to follow up.
 */
@Service
public class FollowUpNeed {

    private final NeedStore needs;
    private final Clock clock;

    public FollowUpNeed(NeedStore needs, Clock clock) {
        this.needs = needs;
        this.clock = clock;
    }

    public void byEvaluation(FollowUpRecommended recommended) {
        int year = LocalDate.ofInstant(recommended.occurredAt(), clock.getZone()).getYear();
        needs.findLatest(recommended.nip(), recommended.competencyCode())
                .map(original -> Need.followUpOf(original, year, recommended.reason()))
                .ifPresent(followUp -> needs.addIfNew(followUp, followUp.identified(clock.instant())));
    }
}
