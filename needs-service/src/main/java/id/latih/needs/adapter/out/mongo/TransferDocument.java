package id.latih.needs.adapter.out.mongo;

import id.latih.needs.domain.EmploymentType;
import id.latih.needs.domain.JobType;
import id.latih.needs.domain.Nip;
import id.latih.needs.domain.Transfer;
import java.time.Instant;

/** The open transfer of an employee, kept on the employee's document so that approving it is one write. */
record TransferDocument(String fromAgency, String toAgency, String name, EmploymentType employmentType,
                        JobType jobType, String positionTitle, String supervisorNip, String requestedBy,
                        Instant requestedAt) {

    static TransferDocument of(Transfer t) {
        Transfer.Profile p = t.profile();
        return new TransferDocument(t.fromAgency(), t.toAgency(), p.name(), p.employmentType(), p.jobType(),
                p.positionTitle(), p.supervisorNip() == null ? null : p.supervisorNip().value(), t.requestedBy(),
                t.requestedAt());
    }

    Transfer toTransfer(String nip) {
        return new Transfer(new Nip(nip), fromAgency, toAgency, new Transfer.Profile(name, employmentType, jobType,
                positionTitle, supervisorNip == null ? null : new Nip(supervisorNip)), requestedBy, requestedAt);
    }
}
