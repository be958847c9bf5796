package id.latih.evaluations.application;

import id.latih.evaluations.domain.MonetaryBenefits;
import java.util.Optional;

/** What organisers entered about their programs' results (level 5 benefits), one record per program. */
public interface ProgramResults {

    Optional<MonetaryBenefits> benefitsOf(String programId);

    /** Stores the benefits, replacing an earlier estimate. */
    void enterBenefits(String programId, String organiserAgencyCode, MonetaryBenefits benefits);
}
