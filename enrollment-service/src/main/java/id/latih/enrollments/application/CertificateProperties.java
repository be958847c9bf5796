package id.latih.enrollments.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl where the platform's certificates are reached from outside (default
 *                  {@code http://localhost:8080/api/certificates/}, the gateway on a developer's machine); a
 *                  certificate's QR code points to {@code <publicUrl><number>/verification}
 */
@ConfigurationProperties("latih.enrollment.certificates")
public record CertificateProperties(String publicUrl) {

    public CertificateProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080/api/certificates/" : publicUrl;
    }

    public String verificationUrlOf(String number) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + number + "/verification";
    }
}
