package id.latih.programs.application;

import id.latih.programs.domain.BudgetCeiling;
import java.util.Optional;

/** Budget ceilings per agency and year; an agency without one has no limit. */
public interface Ceilings {

    void set(BudgetCeiling ceiling);

    Optional<BudgetCeiling> find(String agencyCode, int year);
}
