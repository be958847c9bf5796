package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.domain.Certificate;
import java.time.LocalDate;

/** What anyone may learn of an issued certificate: no NIP, no agency of the holder, nothing else. */
record CertificateVerificationView(String number, String name, String program, LocalDate startDate,
                                   LocalDate endDate, LocalDate completedOn, int jp) {

    static CertificateVerificationView of(Certificate c) {
        return new CertificateVerificationView(c.number(), c.holderName(), c.programTitle(), c.startDate(),
                c.endDate(), c.completedOn(), c.jp());
    }
}
