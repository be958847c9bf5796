package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.domain.SelfReportedLearning;
import java.time.LocalDate;

/** A self-reported learning, for the employee and those who may read them. */
record LearningReportView(String id, String nip, String kind, String title, String provider, LocalDate completedOn,
                          int jp, String evidenceUrl, String evidenceNumber, String status, String decisionReason) {

    static LearningReportView of(SelfReportedLearning r) {
        return new LearningReportView(r.id(), r.nip(), r.kind().name(), r.title(), r.provider(), r.completedOn(),
                r.jp(), r.evidenceUrl(), r.evidenceNumber(), r.status().name(), r.decisionReason());
    }
}
