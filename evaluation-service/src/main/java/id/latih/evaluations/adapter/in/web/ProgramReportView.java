package id.latih.evaluations.adapter.in.web;

import id.latih.evaluations.application.ProgramReports.ProgramReport;
import id.latih.evaluations.domain.GainBand;
import id.latih.evaluations.domain.LearningReport;
import java.util.Map;

/** A program's evaluation report: class figures, no participant named. */
record ProgramReportView(String programId, String organiserAgencyCode, String title, Learning learning) {

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
                report.program().title(), Learning.of(report.learning()));
    }
}
