package id.latih.needs.adapter.in.web;

import id.latih.needs.domain.Transfer;
import java.time.Instant;

/**
 * A transfer (mutasi) as the API shows it: the person, the releasing and receiving agency, the profile the receiving
 * agency gives them, who requested it and when, and its status (REQUESTED, APPROVED, REJECTED).
 */
record TransferView(String nip, String fromAgency, String toAgency, String name, String employmentType,
                    String jobType, String positionTitle, String supervisorNip, String requestedBy,
                    Instant requestedAt, String status) {

    static TransferView of(Transfer t, String status) {
        Transfer.Profile p = t.profile();
        return new TransferView(t.nip().value(), t.fromAgency(), t.toAgency(), p.name(), p.employmentType().name(),
                p.jobType().name(), p.positionTitle(), p.supervisorNip() == null ? null : p.supervisorNip().value(),
                t.requestedBy(), t.requestedAt(), status);
    }

    static TransferView open(Transfer t) {
        return of(t, "REQUESTED");
    }
}
