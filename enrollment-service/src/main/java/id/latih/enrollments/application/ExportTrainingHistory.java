package id.latih.enrollments.application;

import id.latih.platform.domain.InvalidValueException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The agency's completions of a year in SIASN's training-history field set, for its operator to load instead of
 * typing certificates in by hand. Only the agency's own admin or system gets its own staff's records.
 */
@Service
public class ExportTrainingHistory {

    /** The most rows one page holds. */
    public static final int MAX_PAGE_SIZE = 1000;

    public record Page(List<TrainingHistory.Entry> entries, int year, int page, int size, long total) {
    }

    private final TrainingHistory history;
    private final Clock clock;

    public ExportTrainingHistory(TrainingHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    public Page export(AgencyScope caller, Integer year, int page, int size) {
        caller.requireAny(Role.AGENCY_ADMIN, Role.INTEGRATION);
        String agency = caller.owningAgency();
        caller.requireWriteTo(agency);
        int exportYear = year == null ? LocalDate.now(clock).getYear() : year;
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException(page < 0 ? "page" : "size", "page from 0, size from 1 to "
                    + MAX_PAGE_SIZE);
        }
        return new Page(history.completions(agency, exportYear, page, size), exportYear, page, size,
                history.countCompletions(agency, exportYear));
    }
}
