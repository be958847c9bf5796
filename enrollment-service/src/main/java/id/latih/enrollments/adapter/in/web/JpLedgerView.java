package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.domain.JpLedger;
import java.time.LocalDate;
import java.util.List;

/** An employee's JP of one year, for callers who may read that employee. */
record JpLedgerView(String nip, int year, String employmentType, List<EntryView> entries, int earned, int credited,
                    int target, int shortfall) {

    /** A completed program ({@code programId}, {@code enrollmentId}) or approved learning ({@code learningId}). */
    record EntryView(String programId, String enrollmentId, String learningId, String title, LocalDate completedOn,
                     int jp) {
    }

    static JpLedgerView of(JpLedger l) {
        return new JpLedgerView(l.nip(), l.year(), l.employmentType(), l.entries().stream()
                .map(e -> new EntryView(e.programId(), e.enrollmentId(), e.learningId(), e.title(), e.completedOn(),
                        e.jp())).toList(),
                l.earned(), l.credited(), l.target(), l.shortfall());
    }
}
