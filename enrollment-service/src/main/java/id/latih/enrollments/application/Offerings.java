package id.latih.enrollments.application;

import id.latih.enrollments.domain.Offering;
import id.latih.enrollments.domain.OfferingStatus;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import java.util.List;
import java.util.Optional;

/** Offerings replicated from program-service, and their seats. */
public interface Offerings {

    Optional<Offering> find(String programId);

    List<Offering> findInRegion(String regionCode);

    /**
     * Takes a seat for the employee in one conditional write: only while the offering is open, has the capacity it
     * had when read, has a free seat, and the employee holds none yet.
     */
    boolean takeSeat(Offering offering, String nip);

    /** Applies only over an older version of the program, like the writes below: late or repeated events do nothing. */
    void published(ProgramPublished event);

    /** Fails with {@code TargetNotYetCreatedException} (retried) while the program's ProgramPublished is missing. */
    void revised(ProgramRevised event);

    /** Fails with {@code TargetNotYetCreatedException} (retried) while the program's ProgramPublished is missing. */
    void statusChanged(String programId, long version, OfferingStatus status);
}
