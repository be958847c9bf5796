package id.latih.evaluations.application;

import id.latih.evaluations.domain.Program;
import java.util.Optional;

/** The programs evaluation knows, a replica of program-service's, kept by the programs' versioned events. */
public interface Programs {

    Optional<Program> find(String programId);

    /** Creates the replica, or brings an older copy up to {@code version}. */
    void published(Program program, long version);

    /** Applies a later revision: the events carry the whole program, so the copy is replaced, never merged. */
    void revised(Program program, long version);
}
