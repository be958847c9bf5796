package id.latih.needs.application;

import id.latih.needs.domain.AgencyAnalysis;
import id.latih.platform.domain.NotFoundException;
import id.latih.platform.domain.RuleViolationException;
import id.latih.platform.security.AgencyScope;
import id.latih.platform.security.Role;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * The authorised official (a person: the agency's admin, not its system) verifies the analysed AKPK, which makes
 * it ready for the head of agency.
 */
@Service
public class VerifyAkpk {

    private final AgencyAnalyses analyses;
    private final Clock clock;

    public VerifyAkpk(AgencyAnalyses analyses, Clock clock) {
        this.analyses = analyses;
        this.clock = clock;
    }

    public AgencyAnalysis verify(AgencyScope caller, int year) {
        caller.requireAny(Role.AGENCY_ADMIN);
        AgencyAnalysis read = analyses.find(caller.owningAgency(), year)
                .orElseThrow(() -> new NotFoundException("AKPK", AgencyAnalysis.idFor(caller.owningAgency(), year)));
        AgencyAnalysis verified = read.verified(caller.subject(), clock.instant());
        if (!analyses.update(read, verified)) {
            throw new RuleViolationException("akpk-concurrent", "The AKPK changed meanwhile: read it again");
        }
        return verified;
    }
}
