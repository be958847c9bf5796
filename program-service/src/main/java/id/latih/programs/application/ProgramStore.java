package id.latih.programs.application;

import id.latih.events.LatihEvent;
import id.latih.platform.security.AgencyScope;
import id.latih.programs.domain.Program;
import java.util.List;
import java.util.Optional;

public interface ProgramStore {

    /** Stores a newly published program together with its ProgramPublished event. */
    void add(Program program, LatihEvent published);

    Optional<Program> find(String id);

    List<Program> findVisibleTo(AgencyScope scope);
}
