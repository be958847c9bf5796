package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.IkmElement;
import id.latih.needs.domain.SatisfactionSurvey;
import java.util.Arrays;
import java.util.List;

/**
 * A scored survey as the API shows it: the index and grade, and each element's mean beside its answer total so a
 * unit can reconcile the index with its own report; weak elements with the competencies they point to.
 */
record SatisfactionSurveyView(String id, String agencyCode, String serviceUnit, String serviceUnitName,
                              String period, int respondents, double ikm, String grade, List<ElementView> elements,
                              List<WeakElementView> weakElements) {

    record ElementView(String element, String description, long total, double mean) {
    }

    record WeakElementView(String element, double mean, List<String> competencies) {
    }

    static SatisfactionSurveyView of(SatisfactionSurvey s) {
        List<ElementView> elements = Arrays.stream(IkmElement.values())
                .map(e -> new ElementView(e.name(), e.description(), s.elementTotals().get(e.ordinal()),
                        s.score().elementMeans().get(e)))
                .toList();
        List<WeakElementView> weak = s.score().weakElements().stream()
                .map(w -> new WeakElementView(w.element().name(), w.mean(), w.competencies())).toList();
        return new SatisfactionSurveyView(s.id(), s.agencyCode(), s.serviceUnit(), s.serviceUnitName(), s.period(),
                s.respondents(), s.score().ikm(), s.score().grade().name(), elements, weak);
    }
}
