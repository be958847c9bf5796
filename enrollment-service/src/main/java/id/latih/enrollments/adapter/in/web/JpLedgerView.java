package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.domain.JpLedger;
import java.time.LocalDate;
import java.util.List;

/** An employee's JP of one year, for callers who may read that employee. */
record JpLedgerView(String nip, int year, String employmentType, List<EntryView> entries, int earned, int credited,
                    int target, int shortfall) {

    record EntryView(String programId, String enrollmentId, LocalDate completedOn, int jp) {
    }

    static JpLedgerView of(JpLedger l) {
        return new JpLedgerView(l.nip(), l.year(), l.employmentType(), l.entries().stream()
                .map(e -> new EntryView(e.programId(), e.enrollmentId(), e.completedOn(), e.jp())).toList(),
                l.earned(), l.credited(), l.target(), l.shortfall());
    }
}
