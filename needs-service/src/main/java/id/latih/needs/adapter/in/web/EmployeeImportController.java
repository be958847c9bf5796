package id.latih.needs.adapter.in.web;

import id.latih.needs.adapter.in.file.UploadedFiles;
import id.latih.needs.application.ImportEmployees;
import id.latih.needs.application.ImportFile;
import id.latih.needs.application.ImportReport;
import id.latih.needs.application.ImportReportLine;
import id.latih.needs.application.ReadImportReports;
import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.problem.Problems;
import id.latih.platform.security.AgencyScope;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employee files: upload (the body itself, or a multipart form with the part {@code file}), then read the report.
 * A file with rejected rows, imported without {@code acceptValid=true}, is answered with a 400 problem naming the
 * first rejected rows and the report's address; nothing changed.
 */
@RestController
@RequestMapping("/api/employee-imports")
class EmployeeImportController {

    private final ImportEmployees importEmployees;
    private final ReadImportReports reports;
    private final UploadedFiles uploads;

    EmployeeImportController(ImportEmployees importEmployees, ReadImportReports reports, UploadedFiles uploads) {
        this.importEmployees = importEmployees;
        this.reports = reports;
        this.uploads = uploads;
    }

    @PostMapping
    ResponseEntity<?> importFile(AgencyScope caller, @Valid @ModelAttribute Requests.ImportUpload params,
                                 HttpServletRequest request) throws IOException, ServletException {
        importEmployees.requireImporter(caller);
        Part part = isMultipart(request) ? request.getPart("file") : null;
        if (isMultipart(request) && part == null) {
            throw new InvalidValueException("file", "the form has no part named file");
        }
        String fileName = part != null && part.getSubmittedFileName() != null ? part.getSubmittedFileName()
                : params.fileName();
        Path spooled;
        try (InputStream body = part != null ? part.getInputStream() : request.getInputStream()) {
            spooled = uploads.spool(body, part != null ? part.getSize() : request.getContentLengthLong());
        }
        try {
            ImportFile file = uploads.open(spooled, fileName);
            ImportReport report = importEmployees.importFile(caller, file, fileName, params.acceptValidOrNot());
            URI location = URI.create("/api/employee-imports/" + report.id());
            if (report.status() == ImportReport.Status.NOT_APPLIED) {
                return ResponseEntity.badRequest().location(location).body(refused(report, location, request));
            }
            return ResponseEntity.created(location).body(ImportReportView.of(report));
        } finally {
            UploadedFiles.delete(spooled);
        }
    }

    @GetMapping
    PageView<ImportReportView> list(AgencyScope caller, @Valid @ModelAttribute Requests.Paging paging) {
        return PageView.of(reports.list(caller, paging.pageOrFirst(), paging.sizeOrDefault()), ImportReportView::of);
    }

    @GetMapping("/{id}")
    ImportReportView find(AgencyScope caller, @PathVariable String id) {
        return ImportReportView.of(reports.find(caller, id));
    }

    @GetMapping("/{id}/rows")
    PageView<ImportReportView.LineView> rows(AgencyScope caller, @PathVariable String id,
                                             @Valid @ModelAttribute Requests.ImportRows query) {
        return PageView.of(reports.lines(caller, id, query.outcome(), query.pageOrFirst(), query.sizeOrDefault()),
                ImportReportView.LineView::of);
    }

    private ProblemDetail refused(ImportReport report, URI location, HttpServletRequest request) {
        List<Map<String, String>> errors = importEmployees.firstRejected(report).stream()
                .map(EmployeeImportController::error).toList();
        ProblemDetail problem = Problems.invalid(errors, request.getLocale());
        problem.setDetail(report.rejected() + " of " + report.rows() + " rows are rejected, so nothing was imported;"
                + " correct them, or import again with acceptValid=true to import the valid rows only");
        problem.setProperty("report", location.toString());
        problem.setProperty("rejected", report.rejected());
        problem.setStatus(HttpStatus.BAD_REQUEST);
        return problem;
    }

    private static Map<String, String> error(ImportReportLine line) {
        String found = line.value() == null || line.value().isEmpty() ? "" : " (found: " + line.value() + ")";
        return Problems.fieldError("rows[" + line.row() + "]." + line.field(), line.reason() + found);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }
}
