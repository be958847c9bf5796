package id.latih.programs.adapter.in.web;

import id.latih.programs.domain.AgencyBudget;
import id.latih.programs.domain.BudgetFigures;
import java.util.List;

/**
 * An organising agency's training cost for a year, in rupiah, and the same figures per funding source
 * ({@code fundingSource} null: programs whose source is not set).
 */
record BudgetView(String agencyCode, int year, int programs, long planned, long committed, long realised,
                  List<SourceView> bySource) {

    record SourceView(String fundingSource, int programs, long planned, long committed, long realised) {

        static SourceView of(BudgetFigures b) {
            return new SourceView(b.fundingSource() == null ? null : b.fundingSource().name(), b.programs(),
                    b.planned(), b.committed(), b.realised());
        }
    }

    static BudgetView of(AgencyBudget budget) {
        BudgetFigures b = budget.total();
        return new BudgetView(b.agencyCode(), b.year(), b.programs(), b.planned(), b.committed(), b.realised(),
                budget.bySource().stream().map(SourceView::of).toList());
    }
}
