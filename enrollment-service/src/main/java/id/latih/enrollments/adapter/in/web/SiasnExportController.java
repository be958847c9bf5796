package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.ExportTrainingHistory;
import id.latih.enrollments.application.TrainingHistory.Entry;
import id.latih.platform.input.SpreadsheetText;
import id.latih.platform.security.AgencyScope;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency's completions as CSV in SIASN's training-history ("riwayat kursus") fields. No official SIASN API
 * document is known, so the export is a file its operator loads, and this class is the one place that knows the
 * column names.
 */
@RestController
class SiasnExportController {

    static final List<String> COLUMNS = List.of("nip", "instansiId", "jenisKursus", "namaKursus",
            "institusiPenyelenggara", "jumlahJam", "tanggalKursus", "tanggalSelesaiKursus", "tahunKursus",
            "nomorSertipikat", "lokasi");

    private final ExportTrainingHistory export;

    SiasnExportController(ExportTrainingHistory export) {
        this.export = export;
    }

    /**
     * One page of the caller's agency's completions of the year (default this year), by completion day then NIP;
     * {@code X-Total-Count} says how many there are in all. Dates are ISO 8601 ({@code 2026-03-02}); jumlahJam is JP.
     */
    @GetMapping(value = "/api/enrollments/siasn-export", produces = "text/csv")
    ResponseEntity<String> siasn(AgencyScope caller, @RequestParam(required = false) Integer year,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "500") int size) {
        ExportTrainingHistory.Page found = export.export(caller, year, page, size);
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        found.entries().forEach(e -> csv.append(row(e)).append("\r\n"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("X-Total-Count", String.valueOf(found.total()))
                .header("Content-Disposition", "attachment; filename=\"riwayat-kursus-" + found.year() + "-"
                        + found.page() + ".csv\"")
                .body(csv.toString());
    }

    private static String row(Entry e) {
        return Stream.of(e.nip(), e.agencyCode(), e.trainingType(), e.courseName(), e.organiser(), e.jp(),
                e.startDate(), e.endDate(), e.year(), e.certificateNumber(), e.location())
                .map(SpreadsheetText::csvCell).collect(Collectors.joining(","));
    }
}
