package id.latih.needs.application;

import id.latih.needs.domain.AgencyNeed;
import id.latih.needs.domain.Employee;
import id.latih.needs.domain.Need;
import id.latih.needs.domain.NeedStatus;
import id.latih.needs.domain.StaffRelease;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * After a transfer (mutasi), the releasing agency lets go of the person's needs: each open per-employee need there
 * is WITHDRAWN (NeedStatusChanged), and the person leaves the staff of each of its AKPK needs, proposed or open,
 * which is announced again with the remaining staff and priority, or withdrawn when no one is left
 * ({@link AgencyNeed#releasing}). The receiving agency needs nothing done: its next analysis reads the person
 * with their evidence, since the profile now belongs to it.
 *
 * <p>The transfer's own write marks the employee with the releasing agency; each need then changes in its own
 * single-document write with its event, and the mark is cleared last. A crash in between leaves the mark, and the
 * next pass ({@link #releaseAllPending}, on a timer) finishes the work: a need already released no longer names
 * the person and a withdrawn need is no longer open, so nothing is done or announced twice.
 */
@Service
public class ReleaseTransferredNeeds {

    private final EmployeeStore employees;
    private final NeedStore needs;
    private final AgencyNeeds agencyNeeds;
    private final AkpkProperties akpk;
    private final Clock clock;

    public ReleaseTransferredNeeds(EmployeeStore employees, NeedStore needs, AgencyNeeds agencyNeeds,
                                   AkpkProperties akpk, Clock clock) {
        this.employees = employees;
        this.needs = needs;
        this.agencyNeeds = agencyNeeds;
        this.akpk = akpk;
        this.clock = clock;
    }

    /** Releases every employee still marked; returns how many releases completed. */
    public int releaseAllPending() {
        int done = 0;
        for (PendingRelease pending : employees.releasesPending(BATCH)) {
            done += release(pending.nip(), pending.fromAgency()) ? 1 : 0;
        }
        return done;
    }

    /**
     * Releases the needs of {@code nip} in {@code fromAgency}; returns whether all were released (the mark is then
     * cleared). A person who has come back to {@code fromAgency} meanwhile keeps their needs there.
     */
    public boolean release(String nip, String fromAgency) {
        boolean back = employees.find(nip).map(Employee::agencyCode).filter(fromAgency::equals).isPresent();
        boolean all = back || releaseEverything(nip, fromAgency);
        if (all) {
            employees.releaseDone(nip, fromAgency);
        }
        return all;
    }

    private boolean releaseEverything(String nip, String fromAgency) {
        Instant now = clock.instant();
        boolean all = true;
        for (Need open : needs.findOpenOf(nip, fromAgency)) {
            all &= needs.transition(open, NeedStatus.WITHDRAWN, open.withdrawnAfterTransfer(now));
        }
        for (AgencyNeed need : agencyNeeds.findLiveWith(nip, fromAgency)) {
            all &= releaseFrom(need, nip, now);
        }
        return all;
    }

    /** One need without the person; a concurrent change of it is read again and decided anew. */
    private boolean releaseFrom(AgencyNeed need, String nip, Instant now) {
        AgencyNeed read = need;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && read != null; attempt++) {
            StaffRelease release = read.releasing(nip, akpk.priorityRule(), now, akpk.maxNipsPerEvent());
            if (!(release instanceof StaffRelease.Released released)
                    || agencyNeeds.release(read, released.need(), released.event())) {
                return true;
            }
            read = agencyNeeds.find(read.id()).orElse(null);
        }
        return read == null;
    }

    private static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 500;
}
