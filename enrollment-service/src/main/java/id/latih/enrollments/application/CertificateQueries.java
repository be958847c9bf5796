package id.latih.enrollments.application;

import id.latih.enrollments.application.Enrollments.Certified;
import id.latih.enrollments.domain.Certificate;
import id.latih.enrollments.domain.CertificateNumbers;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.security.AgencyScope;
import org.springframework.stereotype.Service;

/**
 * Certificates: the PDF for those who may read the holder's enrollment, and the public verification of a number for
 * anyone. Every failure is the same "not found", whether the number is malformed, mistyped, never issued or the
 * caller may not read it, so nobody learns which part of a forged number was wrong or whose a real one is.
 */
@Service
public class CertificateQueries {

    private final Enrollments enrollments;
    private final EnrollmentAccess access;
    private final CertificateDocuments documents;
    private final CertificateProperties properties;

    public CertificateQueries(Enrollments enrollments, EnrollmentAccess access, CertificateDocuments documents,
                              CertificateProperties properties) {
        this.enrollments = enrollments;
        this.access = access;
        this.documents = documents;
        this.properties = properties;
    }

    /** The certificate as a PDF, for the holder, their supervisor, their agency, analysts above it and the organiser. */
    public byte[] pdf(AgencyScope caller, String number) {
        Certified certified = find(number);
        access.forReader(caller, certified.enrollment().id());
        Certificate certificate = certified.certificate();
        return documents.pdf(certificate, properties.verificationUrlOf(certificate.number()));
    }

    /** The certificate issued under the number, for anyone: only its name, program, dates and JP are shown. */
    public Certificate verify(String number) {
        return find(number).certificate();
    }

    private Certified find(String number) {
        return CertificateNumbers.wellFormed(number).flatMap(enrollments::findCertificate)
                .orElseThrow(() -> new NotFoundException("Certificate", "with this number"));
    }
}
