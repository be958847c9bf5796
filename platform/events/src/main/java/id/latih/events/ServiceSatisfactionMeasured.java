package id.latih.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A community-satisfaction survey (IKM/SKM) of a service unit was scored (PermenPANRB 14/2017).
 *
 * @param surveyId      stable per agency, service unit and period: {@code IKM-<agency>-<unit>-<period>}
 * @param period        a year ({@code 2026}), half year ({@code 2026-S1}), quarter ({@code 2026-Q3}) or month
 *                      ({@code 2026-07})
 * @param ikm           the index, 25..100, two decimals, under the producing agency's configured weight and rounding
 * @param grade         A, B, C or D
 * @param elementMeans  the mean answer (1..4) of each element U1..U9, so a reader can reconcile the index
 * @param respondents   how many people answered (added later: 0 in events from before)
 * @param weakElements  the elements whose mean is graded C or D, e.g. {@code U7} staff behaviour (added later:
 *                      absent in events from before)
 */
public record ServiceSatisfactionMeasured(
        UUID eventId,
        Instant occurredAt,
        String agencyCode,
        String surveyId,
        String serviceUnit,
        String period,
        double ikm,
        String grade,
        Map<String, Double> elementMeans,
        int respondents,
        List<String> weakElements)
        implements LatihEvent {

    @Override
    public String aggregateId() {
        return surveyId;
    }
}
