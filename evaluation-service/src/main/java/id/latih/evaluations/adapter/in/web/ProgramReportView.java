package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.ProgramReports.ProgramReport;
import id.latih.evaluations.domain.BehaviourReport;
import id.latih.evaluations.domain.GainBand;
import id.latih.evaluations.domain.LearningReport;
import id.latih.evaluations.domain.ReactionAspect;
import id.latih.evaluations.domain.ReactionReport;
import id.latih.evaluations.domain.ResultsReport;
import id.latih.evaluations.domain.ServiceResults;
import id.latih.evaluations.domain.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A program's evaluation report: class figures, no participant named; the verdict by the configured thresholds
 * (as it stands, or as it was when the evaluation closed at {@code evaluationCompletedAt}: by the organiser, or
 * {@code WINDOW_ELAPSED} when the window ended with nobody closing it).
 */
record ProgramReportView(String programId, String organiserAgencyCode, String title, Reaction reaction,
                         Learning learning, Behaviour behaviour, Service service, Results results,
                         Verdict verdict, Instant evaluationCompletedAt, String evaluationClosedBy) {

    /** Kirkpatrick level 3; see {@link BehaviourReport}. */
    record Behaviour(int due, int rated, Double responseRate, Double shareApplying,
                     Map<String, Double> meanObservedLevels) {

        static Behaviour of(BehaviourReport r) {
            return new Behaviour(r.due(), r.rated(), r.responseRate(), r.shareApplying(), r.meanObservedLevels());
        }
    }

    /** Kirkpatrick level 4; see {@link ServiceResults}. Units are the participants' agencies' own, no person named. */
    record Service(int unitsCompared, Double meanDelta, List<Unit> units, String caution) {

        /** One unit's IKM before and after. */
        record Unit(String agencyCode, String serviceUnit, String periodBefore, double ikmBefore, String periodAfter,
                    double ikmAfter, double delta) {
        }

        static Service of(ServiceResults r) {
            return new Service(r.unitsCompared(), r.meanDelta(), r.units().stream().map(u -> new Unit(u.agencyCode(),
                    u.serviceUnit(), u.periodBefore(), u.ikmBefore(), u.periodAfter(), u.ikmAfter(), u.delta()))
                    .toList(), r.caution());
        }
    }

    /** Phillips' level 5; see {@link ResultsReport}. */
    record Results(Long monetaryBenefits, String benefitsBasis, long fixedCosts, long costPerParticipant,
                   int participants, long totalCosts, Double roiPercent) {

        static Results of(ResultsReport r) {
            return new Results(r.monetaryBenefits(), r.benefitsBasis(), r.fixedCosts(), r.costPerParticipant(),
                    r.participants(), r.totalCosts(), r.roiPercent());
        }
    }

    /** Kirkpatrick level 1; see {@link ReactionReport}. Comments come without who wrote them. */
    record Reaction(int invited, int respondents, Double responseRate, Double index, int scaleMax,
                    Double percentOfTop, Map<String, Double> itemMeans, Map<ReactionAspect, Double> aspectPercents,
                    List<String> comments, List<Integer> questionnaireVersions) {

        static Reaction of(ReactionReport r) {
            return new Reaction(r.invited(), r.respondents(), r.responseRate(), r.index(), r.scaleMax(),
                    r.percentOfTop(), r.itemMeans(), r.aspectPercents(), r.comments(), r.versions());
        }
    }

    /** Kirkpatrick level 2; see {@link LearningReport} for how each figure is computed. */
    record Learning(int participants, int notCompleted, int withPreTest, int withPostTest, int matchedPairs,
                    Double responseRate, Double meanPreTest, Double meanPostTest, Double classGain,
                    GainBand classGainBand, Double averageIndividualGain, GainBand averageIndividualGainBand,
                    Map<GainBand, Integer> distribution, int undefinedGains, int maxScore) {

        static Learning of(LearningReport r) {
            return new Learning(r.participants(), r.notCompleted(), r.withPreTest(), r.withPostTest(),
                    r.matchedPairs(), r.responseRate(), r.meanPreTest(), r.meanPostTest(), r.classGain(),
                    r.classGainBand(), r.averageIndividualGain(), r.averageIndividualGainBand(), r.distribution(),
                    r.undefinedGains(), r.maxScore());
        }
    }

    static ProgramReportView of(ProgramReport report) {
        return new ProgramReportView(report.program().programId(), report.program().agencyCode(),
                report.program().title(), Reaction.of(report.reaction()), Learning.of(report.learning()),
                Behaviour.of(report.behaviour()), Service.of(report.service()), Results.of(report.results()), report.verdict(),
                report.evaluationCompletedAt(),
                report.evaluationClosedBy() == null ? null : report.evaluationClosedBy().name());
    }
}
