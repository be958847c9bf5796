package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.CertificateQueries;
import id.latih.enrollments.domain.CertificateNumbers;
import id.latih.platform.security.AgencyScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
class CertificateController {

    private final CertificateQueries certificates;

    CertificateController(CertificateQueries certificates) {
        this.certificates = certificates;
    }

    /** The certificate as a PDF, for the holder, their supervisor and agency, analysts above it and the organiser. */
    @GetMapping(value = "/api/certificates/{number}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(AgencyScope caller, @PathVariable String number) {
        byte[] pdf = certificates.pdf(caller, number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("sertifikat-" + CertificateNumbers.wellFormed(number).orElseThrow() + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    /**
     * Public, no token: whether a certificate with this number was issued, with only the holder's name, the program,
     * its dates and the JP. 404 for any number not issued, whatever is wrong with it.
     */
    @GetMapping(value = "/api/certificates/{number}/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    CertificateVerificationView verify(@PathVariable String number) {
        return CertificateVerificationView.of(certificates.verify(number));
    }

    /** The same verification as a page, for a phone that scanned the certificate's QR code. */
    @GetMapping(value = "/api/certificates/{number}/verification", produces = MediaType.TEXT_HTML_VALUE)
    String verificationPage(@PathVariable String number) {
        CertificateVerificationView v = CertificateVerificationView.of(certificates.verify(number));
        return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>Sertifikat "
                + html(v.number()) + "</title></head><body><h1>Sertifikat sah</h1><dl>"
                + "<dt>Nomor</dt><dd>" + html(v.number()) + "</dd>"
                + "<dt>Nama</dt><dd>" + html(v.name()) + "</dd>"
                + "<dt>Pelatihan</dt><dd>" + html(v.program()) + "</dd>"
                + "<dt>Tanggal</dt><dd>" + v.startDate() + " s.d. " + v.endDate() + "</dd>"
                + "<dt>Selesai</dt><dd>" + v.completedOn() + "</dd>"
                + "<dt>JP</dt><dd>" + v.jp() + "</dd></dl></body></html>";
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
