package id.latih.programs.application;

import id.latih.events.LatihEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.Program;
import java.util.List;
import java.util.Optional;

public interface ProgramStore {

    /** Stores a new program together with its events: ProgramPublished, or none for a draft. */
    void add(Program program, List<LatihEvent> events);

    /**
     * Replaces the program with {@code changed} and appends its events, in one write, if it is still at
     * {@code expectedVersion}; false if someone changed it meanwhile.
     */
    boolean replace(Program changed, long expectedVersion, List<LatihEvent> events);

    Optional<Program> find(String id);

    /**
     * Published programs staff of {@code agencyCode} can join (its own, or open to it) that target the competency;
     * at most a page of the soonest.
     */
    List<Program> openFor(String agencyCode, String competencyCode);

    /** Every program but drafts of the agencies the caller reads that starts in {@code year}. */
    List<Program> organisedIn(AgencyScope scope, int year);

    /**
     * The page of programs the caller may read that match the filter: those of the agencies the caller reads, and
     * those open to the caller's agency (named eligible or given a quota); drafts only when the filter asks for
     * them, and then only the caller's own agency's.
     */
    CatalogPage findVisibleTo(AgencyScope scope, ProgramFilter filter, CatalogPage.Request page);
}
