package id.latih.evaluations.adapter.out.mongo;

import id.latih.evaluations.application.ProgramResults.ClosedBy;
import id.latih.evaluations.application.ProgramResults.Closure;
import id.latih.evaluations.domain.MonetaryBenefits;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One per program, written only by its organiser: the benefits it entered, and when it closed the evaluation (the
 * document carries that event until the relay has published it).
 */
@Document(ProgramResultDocument.COLLECTION)
record ProgramResultDocument(@Id String id, String agencyCode, Long monetaryBenefits, String benefitsBasis,
                             Instant benefitsEnteredAt, Instant evaluationCompletedAt, String verdict,
                             String evaluationClosedBy) {

    static final String COLLECTION = "program_results";

    /** Closures from before the timed close were the organiser's. */
    Optional<Closure> closure() {
        return evaluationCompletedAt == null ? Optional.empty() : Optional.of(new Closure(evaluationCompletedAt,
                evaluationClosedBy == null ? ClosedBy.ORGANISER : ClosedBy.valueOf(evaluationClosedBy)));
    }

    Optional<MonetaryBenefits> benefits() {
        return monetaryBenefits == null ? Optional.empty()
                : Optional.of(new MonetaryBenefits(monetaryBenefits, benefitsBasis, benefitsEnteredAt));
    }
}
