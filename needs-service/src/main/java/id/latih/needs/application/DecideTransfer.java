package id.latih.needs.application;

import id.latih.needs.domain.Employee;
import id.latih.needs.domain.Transfer;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The releasing agency, or its region's training centre, approves or rejects an open transfer. Approved, the
 * employee moves to the receiving agency with the profile it gave and every piece of evidence, one version newer,
 * announced as EmployeeUpdated with the new agency, in the same single write that closes the transfer and keeps the
 * decision in the employee's history, and marks the person's needs in the releasing agency for release, which
 * follows at once ({@link ReleaseTransferredNeeds}); if that fails, the mark stays and the release sweep finishes
 * it. The receiving agency cannot decide its own request.
 */
@Service
public class DecideTransfer {

    private final EmployeeStore employees;
    private final TransferAuthority authority;
    private final ReleaseTransferredNeeds release;
    private final Clock clock;

    public DecideTransfer(EmployeeStore employees, TransferAuthority authority, ReleaseTransferredNeeds release,
                          Clock clock) {
        this.employees = employees;
        this.authority = authority;
        this.release = release;
        this.clock = clock;
    }

    public Transfer approve(AgencyScope caller, String nip) {
        Transfer open = decidable(caller, nip);
        Employee held = employees.find(nip).orElseThrow(() -> new NotFoundException("Employee transfer", nip));
        Employee moved = open.applyTo(held);
        if (!employees.completeTransfer(held, moved, open, open.decided(true, caller.subject(), clock.instant()),
                moved.updated(clock.instant()))) {
            throw new RuleViolationException("concurrent-update",
                    "Employee " + nip + " was changed meanwhile; read the transfer again and repeat the decision");
        }
        releaseNeeds(open);
        return open;
    }

    public Transfer reject(AgencyScope caller, String nip) {
        Transfer open = decidable(caller, nip);
        if (!employees.closeTransfer(open, open.decided(false, caller.subject(), clock.instant()))) {
            throw new RuleViolationException("concurrent-update", "The transfer of " + nip + " was decided meanwhile");
        }
        return open;
    }

    /** The transfer is done whatever happens here: a release that fails is left marked for the sweep. */
    private void releaseNeeds(Transfer done) {
        try {
            release.release(done.nip().value(), done.fromAgency());
        } catch (RuntimeException e) {
            LOG.warn("Needs of a transferred employee left to the release sweep: {}", e.toString());
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DecideTransfer.class);

    private Transfer decidable(AgencyScope caller, String nip) {
        Transfer open = employees.openTransferOf(nip).filter(t -> authority.maySee(caller, t))
                .orElseThrow(() -> new NotFoundException("Employee transfer", nip));
        if (!authority.mayDecide(caller, open)) {
            throw new AccessDeniedException("Only agency " + open.fromAgency()
                    + " or its region's training centre decides this transfer");
        }
        return open;
    }
}
