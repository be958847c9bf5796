package id.latih.enrollments.domain;

import java.time.LocalDate;

/**
 * The certificate of one completion, as issued: the holder's name and the program's title and dates are copied at
 * issue, so a later change of either never alters a certificate already handed out.
 *
 * @param number      unique, see {@link CertificateNumbers}
 * @param organiser   the agency that ran the program and issued the certificate
 * @param completedOn the day the completion was decided
 */
public record Certificate(String number, String holderName, String programTitle, String organiser,
                          LocalDate startDate, LocalDate endDate, LocalDate completedOn, int jp) {

    /** The certificate of a completion decided today. */
    public static Certificate issue(String number, String holderName, Offering offering, LocalDate completedOn,
                                    int jp) {
        return new Certificate(number, holderName, offering.title(), offering.agencyCode(), offering.startDate(),
                offering.endDate(), completedOn, jp);
    }
}
