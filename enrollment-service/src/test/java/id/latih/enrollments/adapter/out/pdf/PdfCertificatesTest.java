package id.latih.enrollments.adapter.out.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.latih.enrollments.CertificatePdf;
import id.latih.enrollments.domain.Certificate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PdfCertificatesTest {

    private static final String URL = "https://latih.example.go.id/api/certificates/LTH-2026-000000000000P/verification";

    private final Certificate certificate = new Certificate("LTH-2026-000000000000P", "Siti Nurhaliza",
            "Pelayanan Prima", "3273.BKPSDM", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5),
            LocalDate.of(2026, 3, 5), 24);

    @Test
    void the_certificate_shows_its_number_holder_program_dates_and_jp_and_its_qr_code_opens_the_verification() throws Exception {
        CertificatePdf pdf = CertificatePdf.read(new PdfCertificates().pdf(certificate, URL));

        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("LTH-2026-000000000000P", "Siti Nurhaliza", "Pelayanan Prima",
                "2 Maret 2026 s.d. 5 Maret 2026", "24 JP");
        assertThat(pdf.qrCode()).isEqualTo(URL);
    }

    @Test
    void a_name_with_letters_the_standard_fonts_lack_still_gets_a_certificate() throws Exception {
        Certificate foreign = new Certificate(certificate.number(), "Ni Putu Ayu Ṡaraswati 王", "Pelayanan Prima",
                "3273.BKPSDM", certificate.startDate(), certificate.endDate(), certificate.completedOn(), 24);

        CertificatePdf pdf = CertificatePdf.read(new PdfCertificates().pdf(foreign, URL));

        assertThat(pdf.text()).contains("Ni Putu Ayu Saraswati ?");
    }
}
