package id.latih.enrollments.application;

import id.latih.enrollments.domain.Certificate;

/** Renders a certificate as a printable document. */
public interface CertificateDocuments {

    /** The certificate as a PDF, with a QR code of {@code verificationUrl}. */
    byte[] pdf(Certificate certificate, String verificationUrl);
}
