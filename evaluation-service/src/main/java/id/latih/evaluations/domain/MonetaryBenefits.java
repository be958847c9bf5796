package id.latih.evaluations.domain;

import id.latih.platform.domain.InvalidValueException;
import java.time.Instant;

/**
 * The organiser's estimate of what a program's results are worth in rupiah (Phillips' level 5 input), with the
 * basis of the estimate, since ROI is only as good as it.
 */
public record MonetaryBenefits(long amount, String basis, Instant enteredAt) {

    public MonetaryBenefits {
        if (amount < 0) {
            throw new InvalidValueException("monetaryBenefits", "must be zero or more rupiah");
        }
    }
}
