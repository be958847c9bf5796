package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.EvaluationPage;
import java.util.List;

/** One page of evaluation files as the API shows it. */
record PageView<T>(List<T> items, int page, int size, long totalItems) {

    static PageView<EvaluationView> of(EvaluationPage page) {
        return new PageView<>(page.items().stream().map(EvaluationView::of).toList(), page.page(), page.size(),
                page.totalItems());
    }
}
