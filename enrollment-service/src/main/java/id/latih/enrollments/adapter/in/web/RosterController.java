package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.UploadRoster;
import id.latih.platform.security.AgencyScope;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RosterController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final UploadRoster uploadRoster;

    RosterController(UploadRoster uploadRoster) {
        this.uploadRoster = uploadRoster;
    }

    /**
     * The paper roster of one session day as CSV ({@code nip,present}); answers a CSV report, one line per row. 200
     * when rows were recorded; 422 when a row was refused and nothing was recorded (send again with
     * {@code acceptValid=true} to record the valid rows alone).
     */
    @PostMapping(value = "/api/offerings/{programId}/rosters", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE},
            produces = "text/csv")
    ResponseEntity<String> upload(AgencyScope caller, @PathVariable String programId,
                                  @RequestParam LocalDate sessionDate,
                                  @RequestParam(defaultValue = "false") boolean acceptValid,
                                  @RequestBody String csv) {
        UploadRoster.Report report = uploadRoster.upload(caller, Requests.id("programId", programId), sessionDate,
                RosterCsv.read(csv), acceptValid);
        return ResponseEntity.status(report.recorded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(CSV).body(RosterCsv.report(report));
    }
}
