package id.latih.evaluations.application;

import id.latih.evaluations.domain.MonetaryBenefits;
import id.latih.evaluations.domain.Program;
import id.latih.platform.security.AgencyScope;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** The organiser enters (or corrects) the monetary benefits of a program's results, from which the report's ROI. */
@Service
public class EnterBenefits {

    private final ProgramAccess access;
    private final ProgramResults results;
    private final Clock clock;

    public EnterBenefits(ProgramAccess access, ProgramResults results, Clock clock) {
        this.access = access;
        this.results = results;
        this.clock = clock;
    }

    public void enter(AgencyScope caller, String programId, long amount, String basis) {
        Program program = access.forOrganiser(caller, programId);
        results.enterBenefits(programId, program.agencyCode(), new MonetaryBenefits(amount,
                basis == null || basis.isBlank() ? null : basis.strip(), clock.instant()));
    }
}
