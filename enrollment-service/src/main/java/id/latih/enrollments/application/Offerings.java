package id.latih.enrollments.application;

import id.latih.enrollments.domain.Offering;
import id.latih.enrollments.domain.OfferingStatus;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import java.util.List;
import java.util.Optional;

/** Offerings replicated from program-service. */
public interface Offerings {

    Optional<Offering> find(String programId);

    List<Offering> findInRegion(String regionCode);

    /** The next arrival number of the program, one atomic increment: the order its waitlist is served in. */
    long nextArrival(String programId);

    /** Applies only over an older version of the program, like the writes below: late or repeated events do nothing. */
    void published(ProgramPublished event);

    /** Fails with {@code TargetNotYetCreatedException} (retried) while the program's ProgramPublished is missing. */
    void revised(ProgramRevised event);

    /** Fails with {@code TargetNotYetCreatedException} (retried) while the program's ProgramPublished is missing. */
    void statusChanged(String programId, long version, OfferingStatus status);
}
