package id.latih.needs.adapter.in.web;

import id.latih.needs.application.ResultPage;
import java.util.List;
import java.util.function.Function;

/** One page of a list as the API shows it. */
record PageView<T>(List<T> items, int page, int size, long totalItems) {

    static <D, T> PageView<T> of(ResultPage<D> page, Function<D, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(),
                page.totalItems());
    }
}
