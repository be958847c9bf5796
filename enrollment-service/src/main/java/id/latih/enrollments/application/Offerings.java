package id.latih.enrollments.application;

import id.latih.enrollments.domain.Offering;
import id.latih.enrollments.domain.OfferingStatus;
import id.latih.events.ProgramPublished;
import id.latih.events.ProgramRevised;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Offerings replicated from program-service, and their seats. */
public interface Offerings {

    Optional<Offering> find(String programId);

    List<Offering> findInRegion(String regionCode);

    /**
     * Takes a seat for the employee in one conditional write: only while the offering is open, has the capacity it
     * had when read, has a free seat, and the employee holds none yet.
     */
    boolean takeSeat(Offering offering, String nip);

    void published(ProgramPublished event);

    void revised(ProgramRevised event);

    void statusChanged(String programId, UUID eventId, OfferingStatus status);
}
