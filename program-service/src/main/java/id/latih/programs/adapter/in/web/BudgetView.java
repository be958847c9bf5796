package id.latih.programs.adapter.in.web;

import id.latih.programs.domain.BudgetFigures;

/** An organising agency's training cost for a year, in rupiah. */
record BudgetView(String agencyCode, int year, int programs, long planned, long committed, long realised) {

    static BudgetView of(BudgetFigures b) {
        return new BudgetView(b.agencyCode(), b.year(), b.programs(), b.planned(), b.committed(), b.realised());
    }
}
