package id.latih.needs.domain;

import id.latih.events.ServiceSatisfactionMeasured;
import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A community-satisfaction survey (IKM/SKM) of one service unit of an agency for one period, scored. Only the answer
 * totals per element are kept (enough to recompute and reconcile the index), not each respondent's answers. The id
 * is derived from agency, unit and period, so the same survey cannot be counted twice.
 *
 * @param elementTotals the sum of the answers per element, in {@link IkmElement} order
 */
public record SatisfactionSurvey(String id, String agencyCode, String serviceUnit, String serviceUnitName,
                                 String period, int respondents, List<Long> elementTotals, IkmScore score) {

    public SatisfactionSurvey {
        elementTotals = List.copyOf(elementTotals);
    }

    public static String idFor(String agencyCode, String serviceUnit, String period) {
        return "IKM-" + agencyCode + "-" + serviceUnit + "-" + period;
    }

    /**
     * Scores the respondents' answers, one list of nine answers (U1..U9, each 1..4) per respondent. A bad answer is
     * refused naming it, e.g. {@code responses[12][6]} for the 13th respondent's U7, before anything is kept.
     */
    public static SatisfactionSurvey score(String agencyCode, String serviceUnit, String serviceUnitName,
                                           String period, List<List<Integer>> responses, IkmRules rules) {
        if (responses.isEmpty()) {
            throw new InvalidValueException("responses", "a survey needs at least one respondent");
        }
        int elements = IkmElement.values().length;
        long[] totals = new long[elements];
        for (int row = 0; row < responses.size(); row++) {
            List<Integer> answers = responses.get(row);
            if (answers == null || answers.size() != elements) {
                throw new InvalidValueException("responses[" + row + "]",
                        "must hold exactly " + elements + " answers (U1..U9)");
            }
            for (int e = 0; e < elements; e++) {
                Integer answer = answers.get(e);
                if (answer == null || answer < 1 || answer > 4) {
                    throw new InvalidValueException("responses[" + row + "][" + e + "]",
                            "answer to " + IkmElement.values()[e] + " must be 1..4, was " + answer);
                }
                totals[e] += answer;
            }
        }
        return new SatisfactionSurvey(idFor(agencyCode, serviceUnit, period), agencyCode, serviceUnit,
                serviceUnitName, period, responses.size(), Arrays.stream(totals).boxed().toList(),
                IkmScore.of(totals, responses.size(), rules));
    }

    public ServiceSatisfactionMeasured measured(Instant at) {
        Map<String, Double> means = new LinkedHashMap<>();
        score.elementMeans().forEach((element, mean) -> means.put(element.name(), mean));
        List<String> weak = score.weakElements().stream().map(w -> w.element().name()).toList();
        return new ServiceSatisfactionMeasured(UUID.randomUUID(), at, agencyCode, id, serviceUnit, period,
                score.ikm(), score.grade().name(), means, respondents, weak);
    }
}
