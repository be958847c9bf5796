package id.latih.evaluations.application;

import id.latih.evaluations.domain.Program;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.AgencyScope.Reach;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The programs whose evaluation a caller follows: an organiser's own, or every organiser's under an analyst, latest
 * programs first, with the day each window ends and whether it is closed. A training officer's worklist of reports
 * to chase; no participant is named.
 */
@Service
public class ProgramEvaluations {

    /** One program's evaluation at a glance; {@code closesOn} null for a program without an end date. */
    public record Summary(Program program, LocalDate closesOn, boolean closed) {
    }

    /** One page of summaries and how many there are in all. */
    public record SummaryPage(List<Summary> items, int page, int size, long totalItems) {
    }

    private final Programs programs;

    public ProgramEvaluations(Programs programs) {
        this.programs = programs;
    }

    public SummaryPage list(AgencyScope caller, boolean openOnly, int page, int size) {
        if (!caller.requireReader().atLeast(Reach.AGENCY)) {
            throw new AccessDeniedException("Program evaluations are read by their organisers and analysts");
        }
        Paging.check(page, size);
        return programs.findVisibleTo(caller, openOnly, page, size);
    }
}
