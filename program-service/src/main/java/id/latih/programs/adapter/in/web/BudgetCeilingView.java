package id.latih.programs.adapter.in.web;

import id.latih.programs.domain.BudgetCeiling;

/** An agency's budget ceiling for a year, in rupiah. */
record BudgetCeilingView(String agencyCode, int year, long ceiling) {

    static BudgetCeilingView of(BudgetCeiling c) {
        return new BudgetCeilingView(c.agencyCode(), c.year(), c.ceiling());
    }
}
