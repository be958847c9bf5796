package id.latih.programs.application;

import id.latih.events.LatihEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.Program;
import java.util.List;
import java.util.Optional;

public interface ProgramStore {

    /** Stores a newly published program together with its ProgramPublished event. */
    void add(Program program, LatihEvent published);

    /**
     * Replaces the program with {@code changed} and appends its event, in one write, if it is still at
     * {@code expectedVersion}; false if someone changed it meanwhile.
     */
    boolean replace(Program changed, long expectedVersion, LatihEvent event);

    Optional<Program> find(String id);

    List<Program> findVisibleTo(AgencyScope scope);
}
