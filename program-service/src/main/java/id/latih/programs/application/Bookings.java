package id.latih.programs.application;

import id.latih.programs.domain.Hold;
import id.latih.programs.domain.Resource;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The holds on each facilitator and room, one record per resource changed only by conditional writes: of two
 * programs booking one resource at the same time, one write fails and re-reads, and sees the other's hold.
 */
public interface Bookings {

    /**
     * Adds {@code wanted} to the resource's holds in one conditional write, unless one of them overlaps a hold of
     * another program that {@code stillHeld} keeps; holds it does not keep are dropped in the same write. Retries
     * while other writers win. Returns the first blocking hold, or empty once the holds are stored.
     */
    Optional<Hold> hold(Resource resource, List<Hold> wanted, Predicate<Hold> stillHeld);

    /** Drops the program's holds on the resource that {@code keep} does not keep. */
    void release(Resource resource, String programId, Predicate<Hold> keep);
}
