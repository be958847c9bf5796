package id.latih.evaluations.application;

import id.latih.evaluations.domain.Program;
import id.latih.platform.security.AgencyScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The programs evaluation knows, a replica of program-service's, kept by the programs' versioned events. */
public interface Programs {

    Optional<Program> find(String programId);

    /**
     * Creates the replica, or brings an older copy up to {@code version}, with the last day of its evaluation window
     * (null: none).
     */
    void published(Program program, long version, LocalDate evaluationClosesOn);

    /** Applies a later revision: the events carry the whole program, so the copy is replaced, never merged. */
    void revised(Program program, long version, LocalDate evaluationClosesOn);

    /** Programs whose evaluation window ended before {@code today} and is not closed yet, earliest first. */
    List<Program> evaluationsToClose(LocalDate today, int limit);

    /** Notes that the program's evaluation is closed, so the timed close passes it by. */
    void evaluationClosed(String programId);

    /**
     * The programs organised within the caller's reach, latest end first, optionally only those whose evaluation is
     * still open; one page with the total count.
     */
    ProgramEvaluations.SummaryPage findVisibleTo(AgencyScope scope, boolean openOnly, int page, int size);
}
