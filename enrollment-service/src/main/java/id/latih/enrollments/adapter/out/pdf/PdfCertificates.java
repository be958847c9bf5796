package id.latih.enrollments.adapter.out.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.latih.enrollments.application.CertificateDocuments;
import id.latih.enrollments.domain.Certificate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * Draws a certificate on one landscape A4 page with PDFBox: the text in the standard Helvetica fonts (nothing to
 * embed), the QR code of the verification address as vector squares, so it stays sharp however it is printed. The
 * document is drawn from the stored certificate on each request; nothing but the certificate's data is stored.
 */
@Component
class PdfCertificates implements CertificateDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
    private static final float QR_SIZE = 120;

    @Override
    public byte[] pdf(Certificate certificate, String verificationUrl) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Sertifikat " + certificate.number());
            info.setCreator("Latih");
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                centred(content, bold, 30, width, 480, "SERTIFIKAT");
                centred(content, regular, 12, width, 455, "Nomor " + certificate.number());
                centred(content, regular, 14, width, 405, "diberikan kepada");
                centred(content, bold, 22, width, 375, certificate.holderName());
                centred(content, regular, 14, width, 335, "yang telah menyelesaikan pelatihan");
                centred(content, bold, 16, width, 310, certificate.programTitle());
                centred(content, regular, 13, width, 280, DATE.format(certificate.startDate()) + " s.d. "
                        + DATE.format(certificate.endDate()) + " - " + certificate.jp() + " JP");
                centred(content, regular, 11, width, 250, "Penyelenggara " + certificate.organiser()
                        + ", selesai " + DATE.format(certificate.completedOn()));
                qr(content, verificationUrl, width - QR_SIZE - 50, 50);
                text(content, regular, 8, 50, 60, "Periksa keaslian sertifikat ini di");
                text(content, regular, 8, 50, 50, verificationUrl);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centred(PDPageContentStream content, PDFont font, float size, float pageWidth, float y,
                                String line) throws IOException {
        String printable = printable(line);
        float x = (pageWidth - font.getStringWidth(printable) / 1000 * size) / 2;
        text(content, font, size, x, y, printable);
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String line)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(line));
        content.endText();
    }

    /**
     * The standard fonts know only Latin-1 letters: accents are kept where Latin-1 has them, dropped where it has
     * not, and anything else becomes '?', rather than failing the whole certificate on one character of a name.
     */
    static String printable(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff) {
                out.append(c);
            } else {
                String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(plain.length() == 1 && plain.charAt(0) >= 0x20 && plain.charAt(0) < 0x7f ? plain : "?");
            }
        }
        return out.toString();
    }

    private static void qr(PDPageContentStream content, String url, float x, float y) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The verification address does not fit a QR code", e);
        }
        float module = QR_SIZE / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    content.addRect(x + col * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }
}
