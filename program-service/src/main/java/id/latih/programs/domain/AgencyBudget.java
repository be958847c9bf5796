package id.latih.programs.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An organising agency's budget for a year: in total, and per funding source (APBD, APBN, partner, other; programs
 * with no source set last), so a training officer can answer both "how much of our ceiling is used" and "how much
 * of it is the regional budget's".
 */
public record AgencyBudget(BudgetFigures total, List<BudgetFigures> bySource) {

    private static final Comparator<BudgetFigures> BY_SOURCE = Comparator.comparing(BudgetFigures::fundingSource,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public AgencyBudget {
        bySource = bySource.stream().sorted(BY_SOURCE).toList();
    }

    public static AgencyBudget none(String agencyCode, int year) {
        return new AgencyBudget(BudgetFigures.none(agencyCode, year), List.of());
    }

    /** Adds one program, to the total and to its funding source's figures. */
    public AgencyBudget plus(Program program, int seatsHeld, int completed) {
        FundingSource source = program.design().budget().fundingSource();
        List<BudgetFigures> sources = new ArrayList<>(bySource);
        BudgetFigures own = sources.stream().filter(f -> f.fundingSource() == source).findFirst()
                .orElse(BudgetFigures.none(total.agencyCode(), total.year(), source));
        sources.remove(own);
        sources.add(own.plus(program, seatsHeld, completed));
        return new AgencyBudget(total.plus(program, seatsHeld, completed), sources);
    }
}
