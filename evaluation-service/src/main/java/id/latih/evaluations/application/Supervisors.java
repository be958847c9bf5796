package id.latih.evaluations.application;

import java.util.Optional;

/** Who supervises a participant, from the replica of needs-service's employee events. */
public interface Supervisors {

    /** The supervisor's NIP; empty when the participant is unknown here or has none recorded. */
    Optional<String> supervisorOf(String agencyCode, String nip);
}
