package id.latih.needs.application;

import id.latih.needs.domain.AgencyAnalysis;
import id.latih.needs.domain.AgencyNeed;
import id.latih.needs.domain.NeedStatus;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The head of agency (PPK) approves the verified AKPK; only then are its needs announced. Per need, in one write
 * with its event: a need found for the first time is IDENTIFIED (NeedIdentified); one announced before whose staff,
 * gaps or priority changed is announced again with its next version; one no longer found is WITHDRAWN
 * (NeedStatusChanged); an unchanged one announces nothing, so approving again never duplicates. Needs already
 * resolved or dropped stay as they are. The AKPK becomes APPROVED last: approving again after an interruption
 * finishes what was left.
 */
@Service
public class ApproveAkpk {

    private final AgencyAnalyses analyses;
    private final AgencyNeeds needs;
    private final AkpkProperties akpk;
    private final Clock clock;

    public ApproveAkpk(AgencyAnalyses analyses, AgencyNeeds needs, AkpkProperties akpk, Clock clock) {
        this.analyses = analyses;
        this.needs = needs;
        this.akpk = akpk;
        this.clock = clock;
    }

    public AgencyAnalysis approve(AgencyScope caller, int year) {
        caller.requireAny(Role.HEAD_OF_AGENCY);
        String agency = caller.owningAgency();
        AgencyAnalysis read = analyses.find(agency, year)
                .orElseThrow(() -> new NotFoundException("AKPK", AgencyAnalysis.idFor(agency, year)));
        Instant now = clock.instant();
        AgencyAnalysis approved = read.approved(caller.subject(), now);
        needs.forEachOf(agency, year, need -> publishOnce(need, now));
        if (!analyses.update(read, approved)) {
            throw new RuleViolationException("akpk-concurrent", "The AKPK changed meanwhile: read it again");
        }
        return approved;
    }

    /** Publishes the need; a concurrent change of it (an observed level) is read again and decided anew. */
    private void publishOnce(AgencyNeed need, Instant now) {
        AgencyNeed read = need;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && read != null && !publish(read, now); attempt++) {
            read = needs.find(read.id()).orElse(null);
        }
    }

    private static final int MAX_ATTEMPTS = 5;

    /** Whether the need is as it should be after approval: announced, withdrawn or left alone. */
    private boolean publish(AgencyNeed need, Instant now) {
        boolean published = need.version() > 0;
        if (need.supported() && (need.status() == NeedStatus.PROPOSED
                || need.status().isOpen() && !need.fingerprint().equals(need.publishedFingerprint()))) {
            NeedStatus status = need.status() == NeedStatus.PROPOSED ? NeedStatus.IDENTIFIED : need.status();
            return needs.publish(need, status, need.version() + 1, need.fingerprint(),
                    need.identified(now, akpk.maxNipsPerEvent()));
        }
        if (!need.supported() && published && need.status().isOpen()) {
            return needs.publish(need, NeedStatus.WITHDRAWN, need.version() + 1, need.publishedFingerprint(),
                    need.withdrawn(now));
        }
        if (!need.supported() && !published && need.status() == NeedStatus.PROPOSED) {
            return needs.publish(need, NeedStatus.WITHDRAWN, 0, null, null);
        }
        return true;
    }
}
