package id.latih.evaluations.domain;

/**
 * Phillips' level 5 for a program: ROI = (benefits - costs) / costs x 100, with the benefits in rupiah the organiser
 * entered (a judgement the organiser makes and owns: the report shows it beside the figure) and the costs from the
 * program's budget for the participants who took a seat. No ROI without benefits entered or without costs (the
 * formula divides by the costs).
 *
 * @param monetaryBenefits null until the organiser enters them
 * @param roiPercent       null when undefined
 */
public record ResultsReport(Long monetaryBenefits, String benefitsBasis, long fixedCosts, long costPerParticipant,
                            int participants, long totalCosts, Double roiPercent) {

    public static ResultsReport of(ProgramCosts costs, int participants, Long monetaryBenefits, String basis) {
        long total = costs.totalFor(participants);
        Double roi = monetaryBenefits == null || total == 0 ? null
                : (double) (monetaryBenefits - total) / total * 100;
        return new ResultsReport(monetaryBenefits, basis, costs.fixedCosts(), costs.costPerParticipant(),
                participants, total, roi);
    }
}
