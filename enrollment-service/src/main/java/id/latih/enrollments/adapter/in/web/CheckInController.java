package id.latih.enrollments.adapter.in.web;

import id.latih.enrollments.application.CheckIn;
import id.latih.enrollments.application.IssueCheckInCode;
import id.latih.platform.security.AgencyScope;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CheckInController {

    private final IssueCheckInCode issueCode;
    private final CheckIn checkIn;

    CheckInController(IssueCheckInCode issueCode, CheckIn checkIn) {
        this.issueCode = issueCode;
        this.checkIn = checkIn;
    }

    /**
     * The organiser's current code for a running session, to show as text or a QR code; ask again before
     * {@code acceptedUntil}. A program without sessions has one a day, its id the date ({@code 2026-03-02}).
     */
    @GetMapping("/api/offerings/{programId}/sessions/{sessionId}/check-in-code")
    CheckInCodeView code(AgencyScope caller, @PathVariable String programId, @PathVariable String sessionId) {
        return CheckInCodeView.of(issueCode.issue(caller, Requests.id("programId", programId),
                Requests.id("sessionId", sessionId)));
    }

    /** The participant, with their own token, checks in with the code shown in the hall: present, once. */
    @PostMapping("/api/enrollments/check-ins")
    EnrollmentView checkIn(AgencyScope caller, @Valid @RequestBody Requests.CheckIn body) {
        return EnrollmentView.of(checkIn.checkIn(caller, body.code()));
    }
}
